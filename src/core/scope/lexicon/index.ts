import { de } from './de';
import { en } from './en';
import { es } from './es';
import { fr } from './fr';
import { hi } from './hi';
import { it } from './it';
import { nl } from './nl';
import { pl } from './pl';
import { pt } from './pt';
import { ru } from './ru';
import type { Lexicon } from './types';
import { uk } from './uk';

export const LEXICONS: Partial<Record<string, Lexicon>> = { en, es, pt, fr, de, ru, uk, hi, nl, it, pl };
