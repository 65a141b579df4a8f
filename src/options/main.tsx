import { render } from 'preact';
import { OptionsApp } from './options-app';

render(<OptionsApp />, document.getElementById('app') as HTMLElement);
