// Finds markup sinks and dynamic code in the project's own source (src/): innerHTML, outerHTML
// assignment, insertAdjacentHTML, dangerouslySetInnerHTML, document.write, eval(...) and
// new Function(...). Uses the TypeScript parser, so comments and strings that mention them are fine.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

const MARKUP_PROPERTIES = new Set(['innerHTML', 'insertAdjacentHTML', 'dangerouslySetInnerHTML', 'srcdoc']);

function* sourceFiles(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* sourceFiles(full);
    else if (/\.(ts|tsx|js|mjs)$/.test(entry.name)) yield full;
  }
}

function findingsIn(file) {
  const text = readFileSync(file, 'utf8');
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const found = [];
  const report = (node, what) => {
    const { line } = source.getLineAndCharacterOfPosition(node.getStart());
    found.push(`${file}:${line + 1}: ${what}`);
  };
  const visit = (node) => {
    const name = ts.isPropertyAccessExpression(node) || ts.isJsxAttribute(node) ? node.name.getText(source)
      : ts.isElementAccessExpression(node) && ts.isStringLiteral(node.argumentExpression) ? node.argumentExpression.text : null;
    if (name && MARKUP_PROPERTIES.has(name)) report(node, name);
    if (name === 'outerHTML' && ts.isBinaryExpression(node.parent) && node.parent.left === node) report(node, 'outerHTML assignment');
    if (name === 'write' || name === 'writeln') {
      if (ts.isPropertyAccessExpression(node) && node.expression.getText(source).endsWith('document')) report(node, `document.${name}`);
    }
    if (ts.isCallExpression(node) && node.expression.getText(source) === 'eval') report(node, 'eval(...)');
    if ((ts.isNewExpression(node) || ts.isCallExpression(node)) && node.expression.getText(source) === 'Function') report(node, 'Function(...)');
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** Every markup sink or dynamic-code use under `dir`, as "file:line: what". */
export function lintSource(dir) {
  return [...sourceFiles(dir)].flatMap(findingsIn);
}
