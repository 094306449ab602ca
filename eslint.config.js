import js from '@eslint/js'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import tseslint from 'typescript-eslint'

/** Import direction (architecture.md B1): story-schema ← player ← editor; story-schema imports only zod. */
/** The interface-language layer (i18n/) imports only React and itself, so player and editor can both use it. */
const i18nOnlyReact = {
  patterns: [{ regex: '^(?!react(/|$)|\\.)', message: 'i18n/ imports only react and its own files.' }],
}

const schemaOnlyZod = {
  patterns: [
    { regex: '^(?!zod(/|$)|\\.)', message: 'story-schema/ imports only zod (architecture.md B1).' },
    { group: ['**/player/**', '**/editor/**'], message: 'story-schema/ must not import player or editor.' },
  ],
}

export default tseslint.config(
  { ignores: ['dist/**', 'dist-*/**', 'node_modules/**', 'coverage/**', 'tests/output/**', 'story-schema/story.schema.json'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Text is text, never HTML (B-25).' },
        { selector: "AssignmentExpression[left.property.name='innerHTML']", message: 'Text is text, never HTML (B-25).' },
        { selector: "CallExpression[callee.name='eval']", message: 'No code from anywhere runs.' },
      ],
    },
  },
  {
    files: ['**/*.tsx', 'player/**/*.ts', 'editor/**/*.ts', 'i18n/**/*.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  {
    files: ['story-schema/**/*.ts'],
    ignores: ['story-schema/**/*.test.ts'],
    rules: { 'no-restricted-imports': ['error', schemaOnlyZod] },
  },
  {
    files: ['i18n/**/*.ts'],
    ignores: ['i18n/**/*.test.ts'],
    rules: { 'no-restricted-imports': ['error', i18nOnlyReact] },
  },
  {
    files: ['player/**/*.ts', 'player/**/*.tsx'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [{ group: ['**/editor/**'], message: 'player/ never imports editor/.' }],
          paths: [{ name: 'howler', message: 'Only player/audio/howler-backend.ts creates sounds (one mixer owns every Howl).' }],
        },
      ],
    },
  },
  {
    files: ['editor/**/*.ts', 'editor/**/*.tsx'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/player/*', '!**/player/index', '!**/player/index.ts'], message: 'editor/ uses the player only through player/index.ts.' },
          ],
        },
      ],
    },
  },
  {
    files: ['server/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/editor/**', '**/player/**', '@player'], message: 'server/ imports nothing from editor/ or player/ (only story-schema).' }] },
      ],
    },
  },
  {
    files: ['player/audio/howler-backend.ts', 'player/audio/howler-backend.test.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
)
