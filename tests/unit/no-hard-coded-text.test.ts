import { readdirSync, readFileSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'
import ts from 'typescript'
import { describe, expect, it } from 'vitest'

/**
 * Every word of the editor and the player comes from a catalogue (C-26): this reads every component
 * (editor/**\/*.tsx, player/**\/*.tsx) with the TypeScript compiler and fails on user-visible text
 * written in place: JSX text with a letter, a string in a JSX expression child, and literal strings
 * in props that people read or hear (aria-label, aria-description, title, alt, placeholder, label…).
 *
 * Text without a letter (in any script) is allowed on purpose: marks such as "×", "°", "·", "…",
 * "→", "%", numbers and emoji are not words and need no translation. `allowed` below names any other
 * exception (none today).
 */
const root = resolve(import.meta.dirname, '../..')

/** Props whose value is read or heard by people. */
export const textProps = new Set([
  'aria-label',
  'aria-description',
  'aria-roledescription',
  'aria-placeholder',
  'aria-valuetext',
  'title',
  'alt',
  'placeholder',
  'label',
])

/** Texts with letters that are allowed in place, each with its reason. */
const allowed = new Map<string, string>([])

const hasLetter = (text: string) => /\p{L}/u.test(text)

const componentFiles = (folder: string, pattern = /\.tsx$/): string[] => {
  const found: string[] = []
  const stack = [join(root, folder)]
  while (stack.length > 0) {
    const dir = stack.pop()!
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name)
      if (entry.isDirectory() && entry.name !== 'node_modules') stack.push(path)
      else if (pattern.test(entry.name) && !entry.name.includes('.test.')) found.push(path)
    }
  }
  return found.sort()
}

/** The letters-bearing literal text inside an expression: a string, a template's fixed parts, both sides of `?:` and `||`/`??`. */
const literalTexts = (expression: ts.Expression): string[] => {
  if (ts.isStringLiteral(expression) || ts.isNoSubstitutionTemplateLiteral(expression)) return [expression.text]
  if (ts.isTemplateExpression(expression)) return [expression.head.text, ...expression.templateSpans.map((span) => span.literal.text)]
  if (ts.isParenthesizedExpression(expression)) return literalTexts(expression.expression)
  if (ts.isConditionalExpression(expression)) return [...literalTexts(expression.whenTrue), ...literalTexts(expression.whenFalse)]
  if (ts.isBinaryExpression(expression) && [ts.SyntaxKind.BarBarToken, ts.SyntaxKind.QuestionQuestionToken, ts.SyntaxKind.PlusToken].includes(expression.operatorToken.kind)) {
    return [...literalTexts(expression.left), ...literalTexts(expression.right)]
  }
  return []
}

/** "file:line: what" for each hard-coded text in one component's source. */
export const hardCodedTexts = (fileName: string, source: string): string[] => {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX)
  const problems: string[] = []
  const report = (node: ts.Node, what: string, text: string) => {
    const trimmed = text.trim()
    if (!hasLetter(trimmed) || allowed.has(trimmed)) return
    const line = file.getLineAndCharacterOfPosition(node.getStart(file)).line + 1
    problems.push(`${fileName}:${line}: ${what} "${trimmed}"`)
  }
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node)) report(node, 'JSX text', node.text)
    else if (ts.isJsxExpression(node) && node.expression && (ts.isJsxElement(node.parent) || ts.isJsxFragment(node.parent))) {
      for (const text of literalTexts(node.expression)) report(node, 'JSX child string', text)
    } else if (ts.isJsxAttribute(node) && textProps.has(node.name.getText(file)) && node.initializer) {
      const name = node.name.getText(file)
      if (ts.isStringLiteral(node.initializer)) report(node, `${name}=`, node.initializer.text)
      else if (ts.isJsxExpression(node.initializer) && node.initializer.expression) {
        for (const text of literalTexts(node.initializer.expression)) report(node, `${name}=`, text)
      }
    }
    ts.forEachChild(node, visit)
  }
  visit(file)
  return problems
}

/**
 * "file:line: name" for each catalogue read at module load (outside any function): such a copy stays
 * in the language of the moment the module loaded. Type positions (`keyof typeof t.tabs`) and names for a
 * group of keys (`const w = t.refusals`, whose keys stay live) are fine.
 */
export const catalogueReadsAtLoad = (fileName: string, source: string): string[] => {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, fileName.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS)
  const names = new Set<string>()
  for (const statement of file.statements) {
    if (!ts.isImportDeclaration(statement) || !ts.isStringLiteral(statement.moduleSpecifier) || !/(^|\/)strings$/.test(statement.moduleSpecifier.text)) continue
    const bindings = statement.importClause?.namedBindings
    if (bindings && ts.isNamedImports(bindings) && !statement.importClause?.isTypeOnly) for (const element of bindings.elements) names.add(element.name.text)
  }
  const problems: string[] = []
  const inType = (node: ts.Node): boolean => {
    for (let at: ts.Node | undefined = node.parent; at && !ts.isSourceFile(at); at = at.parent) if (ts.isTypeNode(at)) return true
    return false
  }
  /** `const w = t.refusals`: a name for a group of keys, whose keys stay live (a leaf alias would slip through). */
  const isGroupAlias = (node: ts.Node): boolean =>
    ts.isPropertyAccessExpression(node.parent) && ts.isVariableDeclaration(node.parent.parent) && node.parent.parent.initializer === node.parent
  const visit = (node: ts.Node, inFunction: boolean) => {
    const inside = inFunction || ts.isFunctionLike(node) || ts.isClassLike(node)
    if (!inside && ts.isIdentifier(node) && names.has(node.text) && !ts.isImportSpecifier(node.parent) && !inType(node) && !isGroupAlias(node)) {
      problems.push(`${fileName}:${file.getLineAndCharacterOfPosition(node.getStart(file)).line + 1}: ${node.parent.getText(file).slice(0, 60)}`)
    }
    ts.forEachChild(node, (child) => visit(child, inside))
  }
  visit(file, false)
  return problems
}

const sourceFiles = (folder: string): string[] =>
  componentFiles(folder, /\.tsx?$/).filter((file) => !/(\.test\.|[\\/]strings(\.\w+)?\.ts$)/.test(file))

describe('no hard-coded interface text (C-26)', () => {
  const files = [...componentFiles('editor'), ...componentFiles('player')]

  it('reads the components', () => {
    expect(files.length).toBeGreaterThan(40)
  })

  it('finds no words written in place in any editor or player component', () => {
    const problems = files.flatMap((file) => hardCodedTexts(relative(root, file), readFileSync(file, 'utf8')))
    expect(problems).toEqual([])
  }, 30_000)

  it('reads no catalogue at module load, where it would keep the language of that moment', () => {
    const files = [...sourceFiles('editor'), ...sourceFiles('player')]
    expect(files.length).toBeGreaterThan(100)
    expect(files.flatMap((file) => catalogueReadsAtLoad(relative(root, file), readFileSync(file, 'utf8')))).toEqual([])
  }, 30_000)
})

describe('the scanners themselves', () => {
  it('finds catalogue reads at module load, not in functions or types', () => {
    const source = `
      import { strings as t } from './strings'
      import { other } from './other'
      const words = { a: t.save, b: other.x }
      const refusals = t.refusals
      export type Tab = keyof typeof t.tabs
      export const label = () => t.cancel
      function f() { return t.done }`
    expect(catalogueReadsAtLoad('a.ts', source)).toEqual(['a.ts:4: t.save'])
  })

  it('finds JSX text, string children and text props, and lets marks and catalogue reads through', () => {
    const source = `
      const A = () => (
        <div title="Hello" aria-label={t.label} alt={\`Photo of \${x}\`}>
          Save now
          {'Cancel'}
          {open ? 'Close' : t.open}
          <span aria-hidden="true">× ° … 42</span>
          <input placeholder={t.hint} className="big words here" label={ok || 'Fallback'} />
          {t.done}
        </div>
      )`
    expect(hardCodedTexts('a.tsx', source).map((line) => line.replace(/^a\.tsx:\d+: /, ''))).toEqual([
      'title= "Hello"',
      'alt= "Photo of"',
      'JSX text "Save now"',
      'JSX child string "Cancel"',
      'JSX child string "Close"',
      'label= "Fallback"',
    ])
  })
})
