/**
 * html-validate's recommended rules, with the exceptions the archive needs. Each rule turned
 * off says why; everything else stays on.
 */
import type { ConfigData } from 'html-validate';

export const htmlValidateConfig: ConfigData = {
  extends: ['html-validate:recommended'],
  rules: {
    // A news page's <title> is its headline, and headlines run past 70 characters. Cutting them
    // would hide the words people search for; search engines shorten titles for display themselves.
    'long-title': 'off',
    // Lists styled with `list-style: none` lose their list semantics in Safari/VoiceOver unless
    // they carry role="list", so the "redundant" role is deliberate on the archive's lists.
    'no-redundant-role': 'off',
  },
};
