// The small part of jsdom's API the CLI and the tests use. jsdom ships no types and @types/jsdom is
// not a dependency; this is the one declaration for the project (add members here when needed).
declare module 'jsdom' {
  export interface ConstructorOptions {
    url?: string;
    referrer?: string;
    contentType?: string;
    /** Left unset, jsdom never runs the page's scripts. */
    runScripts?: 'dangerously' | 'outside-only';
    /** Left unset, jsdom never loads subresources. */
    resources?: 'usable';
    pretendToBeVisual?: boolean;
    virtualConsole?: VirtualConsole;
  }

  /** Without forwardTo(), jsdom's messages (e.g. CSS it cannot parse) go nowhere. */
  export class VirtualConsole {
    forwardTo(console: Console, options?: { jsdomErrors?: 'none' | string[] }): this;
  }

  export class JSDOM {
    constructor(html?: string, options?: ConstructorOptions);
    readonly window: Window & typeof globalThis;
    serialize(): string;
  }
}
