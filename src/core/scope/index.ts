export { detectScope, detectWith, MAX_TEXT, type ScopeContext, type ScopeOptions, type ScopeTrace } from './detect';
export { detectLanguage, SUPPORTED, type ScopeLang } from './language';
export { normalise } from './normalise';
