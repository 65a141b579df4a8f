export { detectScope, MAX_TEXT, type ScopeContext, type ScopeOptions } from './detect';
export { detectLanguage, SUPPORTED, type ScopeLang } from './language';
export { normalise } from './normalise';
