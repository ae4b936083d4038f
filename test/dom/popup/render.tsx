// Renders the popup into a fresh container with recording actions.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { vi, type Mock } from 'vitest';
import { Popup } from '../../../src/popup/Popup';
import type { PopupActions, PopupProps } from '../../../src/popup/types';
import { englishTranslator } from './mock-report';

type RecordingActions = { [K in keyof PopupActions]: Mock<PopupActions[K]> };

export function recordingActions(): RecordingActions {
  return {
    revealFinding: vi.fn<PopupActions['revealFinding']>(),
    copyMarkdown: vi.fn<PopupActions['copyMarkdown']>(async () => true),
    downloadJson: vi.fn<PopupActions['downloadJson']>(),
    setPaused: vi.fn<PopupActions['setPaused']>(),
    openOptions: vi.fn<PopupActions['openOptions']>(),
    openInTab: vi.fn<PopupActions['openInTab']>(),
    analyseNow: vi.fn<PopupActions['analyseNow']>(),
  };
}

export function renderPopup(props: Partial<PopupProps> & Pick<PopupProps, 'state'>) {
  const container = document.createElement('div');
  document.body.append(container);
  const actions = props.actions ?? recordingActions();
  act(() => {
    render(<Popup outlet={null} paused={false} t={englishTranslator()} {...props} actions={actions} />, container);
  });
  return { container, actions: actions as RecordingActions };
}

export function all(container: Element, testId: string): HTMLElement[] {
  return Array.from(container.querySelectorAll<HTMLElement>(`[data-testid="${testId}"]`));
}
