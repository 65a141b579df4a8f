import { render } from 'preact';
import { loadMessages } from '../platform/i18n';
import { OptionsApp } from './options-app';

// The page's strings first: in the rare case that the browser gave the page none, they come from
// the extension's files (see loadMessages); otherwise this is immediate.
loadMessages().finally(() => render(<OptionsApp />, document.getElementById('app') as HTMLElement));
