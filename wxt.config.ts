import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// See https://wxt.dev/api/config.html
export default defineConfig({
  srcDir: '.',
  vite: () => ({ plugins: [preact()] }),
  hooks: {
    // The mark styles (entrypoints/marks.content.css) ride along with the news content script.
    'build:manifestGenerated': (_wxt, manifest) => {
      const news = manifest.content_scripts?.find((cs) => cs.js?.includes('content-scripts/news.js'));
      if (news) news.css = [...(news.css ?? []), 'content-scripts/marks.css', 'content-scripts/snippet-marks.css'];
    },
  },
  manifest: ({ browser }) => ({
    name: 'Backstory',
    description: 'Context for the names in the news you read, from a local and sourced fact base.',
    // Snippets: the "Save to Backstory" context-menu item.
    permissions: ['contextMenus'],
    // Keyboard: toggle everything, move focus through the page's marked names (opens each card), save the selection.
    commands: {
      'toggle-backstory': { suggested_key: { default: 'Alt+Shift+B' }, description: 'Turn Backstory on or off everywhere' },
      'next-mention': { suggested_key: { default: 'Alt+Shift+N' }, description: 'Focus the next marked name and show its card' },
      'previous-mention': { suggested_key: { default: 'Alt+Shift+P' }, description: 'Focus the previous marked name and show its card' },
      'save-snippet': { suggested_key: { default: 'Alt+Shift+S' }, description: 'Save the selected text to Backstory' },
    },
    ...(browser === 'firefox'
      ? { browser_specific_settings: { gecko: { id: 'backstory@backstory.invalid', strict_min_version: '140.0', data_collection_permissions: { required: ['none'] } } } }
      : {}),
  }),
});
