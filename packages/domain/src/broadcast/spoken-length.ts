// How long a bulletin takes to say, before a recording exists: used to place bulletins in sessions
// and shown under the editor. One rate for both, measured on the default engine.

/**
 * Syllables a minute of espeak-ng's Vietnamese voice at the engine's default pace (140 "words" a
 * minute): 97 syllables took 29,2 s including pauses at commas and full stops (measured 02/12/2026),
 * i.e. about 199 a minute. Vietnamese writes one syllable per word, so counting words counts syllables.
 */
export const SPOKEN_SYLLABLES_PER_MINUTE = 199;

/**
 * Seconds to say a text as the engine will read it. Pass the text after speech normalisation
 * (`normaliseForSpeech` of @lantoa/speech): "18/5" is said as five syllables, "57-NQ/TW" as more.
 * At least 5 s: a session slot is never shorter.
 */
export function spokenSeconds(spokenText: string): number {
  const syllables = spokenText.split(/\s+/).filter(Boolean).length;
  return Math.max(5, Math.round((syllables * 60) / SPOKEN_SYLLABLES_PER_MINUTE));
}
