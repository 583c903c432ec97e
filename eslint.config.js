// ESLint flat config: TypeScript-aware recommended rules for the whole repository.
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', '.astro/**', 'node_modules/**', 'test-results/**', 'public/**', '**/*.astro'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-properties': [
        'error',
        {
          object: 'Math',
          property: 'random',
          message: 'Use the seeded PRNG: the simulator must be deterministic.',
        },
      ],
    },
  },
  {
    files: ['labs/**', 'test/**', 'bench/**', 'scripts/**', 'src/**', 'cli/**'],
    rules: { 'no-restricted-properties': 'off' },
  },
);
