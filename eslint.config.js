import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  // app/cards/js-aruco2: a third-party library's code, kept as published (see its README).
  { ignores: ['dist/', 'build/', 'node_modules/', 'data/', 'coverage/', 'app/cards/js-aruco2/*.js'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: { ...globals.browser, ...globals.node },
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': 'off',
    },
  },
);
