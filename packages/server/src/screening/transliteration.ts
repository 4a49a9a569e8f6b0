/**
 * Spelling-variant canonicalisation for romanised names. Sanctions lists and customers write the same
 * Arabic or Cyrillic name in several romanisations (Mohammed / Muhammad, Hussein / Husayn,
 * Ivanoff / Ivanov, Dmitriy / Dmitry); each token is mapped to one canonical spelling on both sides
 * so these score as exact matches instead of near misses. The table is deliberately small: only
 * names that are frequent on the OFAC and UN lists and whose variants Jaro-Winkler alone scores low.
 */

/** canonical form → spellings seen on the lists and in customer data (after the generic rules). */
const VARIANTS: Record<string, string[]> = {
  muhammad: [
    'mohammed',
    'mohammad',
    'mohamed',
    'mohamad',
    'muhammed',
    'mohammod',
    'muhamad',
    'mohd',
    'mhd',
    'mukhammad',
    'mokhammad',
    'magomed',
  ],
  ahmad: ['ahmed', 'akhmad', 'akhmed', 'ahmet'],
  husayn: ['hussein', 'hussain', 'husain', 'husein', 'hossein', 'hosein', 'huseyn', 'hussayn', 'husseyn'],
  hasan: ['hassan', 'hasen', 'hassen'],
  yusuf: ['youssef', 'yousef', 'yousuf', 'yusef', 'yousif', 'yussuf'],
  usama: ['osama', 'ousama', 'usamah', 'osamah'],
  umar: ['omar', 'omer'],
  uthman: ['othman', 'osman', 'usman', 'othmane'],
  abu: ['abou', 'abo'],
  abdallah: ['abdullah', 'abdulla', 'abdalla', 'abdellah', 'abdollah'],
  khalid: ['khaled', 'chalid'],
  said: ['saeed', 'saied', 'saeid', 'sayeed'],
  mustafa: ['mustapha', 'moustafa', 'mostafa', 'moustapha'],
  mahmud: ['mahmoud', 'mahmood', 'makhmud'],
  qasim: ['kassem', 'qassem', 'kasim', 'qassim', 'kassim', 'qasem'],
  jafar: ['jaafar', 'jaffar', 'djafar'],
  ibrahim: ['ebrahim', 'ibragim'],
  ismail: ['ismael', 'ismayil', 'esmail'],
  ali: ['aly'],
  yevgeny: [
    'evgeny',
    'evgenii',
    'evgeniy',
    'yevgeniy',
    'yevgenii',
    'eugene',
    'yevhen',
    'yevheniy',
    'ievgen',
    'evhen',
    'yauhen',
    'yauheni',
  ],
  sergey: ['sergei', 'sergej', 'sergii', 'serhiy', 'serhii', 'siarhei'],
  aleksandr: ['alexander', 'aleksander', 'alexandr', 'oleksandr', 'aliaksandr'],
  yuri: ['yury', 'yuriy', 'iurii', 'juri', 'jurij', 'yurii'],
  // Russian, Ukrainian and Belarusian forms of one East Slavic given name (Igor / Ihor / Ihar, Dmitry
  // / Dmytro / Dzmitry): the lists write the same person as a Russian, a Ukrainian or a Belarusian
  // passport spells the name (Belarusian from the official 2000 romanisation: Uladzimir, Siarhei).
  igor: ['ihor', 'ihar'],
  oleg: ['oleh', 'aleh'],
  olga: ['olha', 'volha'],
  gennady: ['hennadiy', 'hennadii', 'henadz', 'genadz'],
  georgy: ['heorhiy', 'heorhii', 'georgi'],
  grigory: ['hryhoriy', 'hryhorii', 'ryhor'],
  vladimir: ['volodymyr', 'uladzimir'],
  aleksey: ['oleksiy', 'oleksii', 'oleksij', 'alexey', 'alexei', 'aliaksei'],
  aleksandra: ['oleksandra', 'alexandra'],
  nikolay: ['mykola', 'nikolai', 'mikalai'],
  mikhail: ['mykhailo', 'mykhaylo'],
  andrey: ['andriy', 'andrii', 'andrei'],
  dmitry: ['dmytro', 'dmitri', 'dzmitry', 'dzmitri'],
  pyotr: ['petro', 'petr', 'piotr'],
  pavel: ['pavlo'],
  vasily: ['vasyl', 'vassily'],
  konstantin: ['kostiantyn', 'kostyantyn', 'kanstantsin'],
  viktor: ['viktar'],
  leonid: ['leanid'],
  anatoly: ['anatol', 'anatoli'],
  vladislav: ['uladzislau', 'vladyslav'],
  valentin: ['valiantsin', 'valentyn'],
  nikita: ['mykyta'],
  fyodor: ['fedir', 'fedor'],
  bogdan: ['bohdan'],
  yegor: ['yehor', 'egor'],
  kirill: ['kyrylo'],
  denis: ['denys'],
  maksim: ['maksym', 'maxim'],
  artyom: ['artem'],
  yelena: ['olena', 'elena', 'alena'],
  tatyana: ['tetiana', 'tetyana', 'tatsiana'],
  natalya: ['nataliia', 'nataliya', 'natallia'],
  irina: ['iryna'],
  galina: ['halyna', 'halina'],
  lyudmila: ['liudmyla', 'lyudmyla', 'liudmila', 'ludmila'],
  yekaterina: ['kateryna', 'ekaterina'],
  svetlana: ['svitlana'],
};

const CANONICAL = new Map<string, string>();
for (const [canonical, variants] of Object.entries(VARIANTS)) {
  CANONICAL.set(canonical, canonical);
  for (const v of variants) CANONICAL.set(v, canonical);
}

/** Each canonical form's variants, for generating test queries and for explanations. */
export function spellingVariants(canonical: string): string[] {
  return VARIANTS[canonical] ?? [];
}

export function canonicalNames(): string[] {
  return Object.keys(VARIANTS);
}

/**
 * Generic romanisation rules, applied to every token: Russian -off/-eff surnames are -ov/-ev,
 * -iy/-ii/-ij endings and the Ukrainian -yi (-skyi) are -y, the Ukrainian patronymic -ych is -ich and
 * the Belarusian -avich / -auna are -ovich / -ovna, ph is f, ou is u, ee is i, and doubled letters are single
 * (Hassan/Hasan, Abdullah/Abdulah). In words of four letters or more, the letters that
 * romanisations of one name swap are one letter too: y inside a word is i (Natalya/Natalia,
 * Ayub/Aiub, Naydenko/Naidenko), w is v (Wladimir/Vladimir, Kadyrow/Kadyrov), c before a, o, u, a
 * consonant or at the end is k (Victor/Viktor, Caraman/Karaman), q is k (Rafiq/Rafik), x is ks
 * (Alexey/Aleksey), tch and the Basque tx are ch (Bengoetxea/Bengoechea), j after a consonant is y
 * (Tjurin/Tyurin), gh is g (Ghazi/Gazi), au before a consonant is av, as aw is (Naushad/Nawshad,
 * Fauzi/Fawzi; the Belarusian u for v: Paulichenka/Pavlichenko), and the Belarusian surname ending
 * -enka is -enko (Lukashenka/Lukashenko); in words of six letters or more a last h after a vowel
 * is not written (Zubaydah/Zubayda). Short words keep their
 * letters: Yan is not Ian, Wan not the particle van, Xu not Ksu. The rules run before the table
 * lookup, so the table lists each variant once after these rules.
 */
function applyRules(token: string): string {
  let t = token;
  if (t.length > 4) t = t.replace(/off$/, 'ov').replace(/eff$/, 'ev');
  if (t.length > 4) t = t.replace(/(iy|ii|yy|ij|yi)$/, 'y');
  // The Ukrainian patronymic -ovych / -yovych is the Russian -ovich / -yevich.
  if (t.length > 6) t = t.replace(/ych$/, 'ich');
  // The Belarusian patronymics -avich, -auna (-awna, -avna) are the Russian -ovich, -ovna.
  if (t.length > 7) t = t.replace(/a[vw]ich$/, 'ovich').replace(/a[uvw]na$/, 'ovna');
  // The Belarusian surname ending -enka is the Ukrainian and Russian -enko (Lukashenka / Lukashenko).
  if (t.length > 6) t = t.replace(/enka$/, 'enko');
  t = t.replace(/ph/g, 'f').replace(/ou/g, 'u').replace(/ee/g, 'i');
  // Three letters or fewer are initials, numerals and short names: MMT is not MTT, III not I.
  if (t.length <= 3) return t;
  // Ghazi / Gazi, Moghadam / Mogadam; Zubaydah / Zubayda, Khalifah / Khalifa (not Allah, Shah).
  t = t.replace(/gh/g, 'g');
  if (t.length > 5) t = t.replace(/([aeiou])h$/, '$1');
  t = t
    .replace(/tch|tx/g, 'ch')
    .replace(/x/g, 'ks')
    .replace(/w/g, 'v')
    .replace(/au(?=[^aeiouy])/g, 'av')
    .replace(/q/g, 'k')
    .replace(/c(?![eihy])/g, 'k')
    .replace(/([^aeiouy])j/g, '$1y')
    .replace(/(?<=.)y/g, 'i');
  return t.replace(/(.)\1+/g, '$1');
}

const RULED = new Map<string, string>();
for (const [variant, canonical] of CANONICAL) RULED.set(applyRules(variant), canonical);

/**
 * Arabic `Abd al-X` ("servant of X") is also written `Abdel X`, `Abdul X` or as one token
 * (Abdulrahman, Abdelkader): all become `abd al x`.
 */
const ABD_FORMS = new Set(['abdel', 'abdul', 'abdal', 'abdoul', 'abdol']);
const ABDALLAH = ['abdallah', ...VARIANTS.abdallah!];
const ABD_PREFIX = /^(abdel|abdul|abdal|abdoul|abdol)([a-z]{3,})$/;

/** True when a and b differ by at most one substitution, insertion or adjacent transposition. */
function oneEditApart(a: string, b: string): boolean {
  if (a === b) return true;
  if (a.length === b.length) {
    let i = 0;
    while (a[i] === b[i]) i++;
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  if (long.length !== short.length + 1) return false;
  let i = 0;
  while (short[i] === long[i]) i++;
  return short.slice(i) === long.slice(i + 1);
}

/**
 * A mistyped `Abdul` / `Abdel` ("Apdul", "Abdetnasser", "Ajbdul Hameed", "bAdul"): one edit in the
 * prefix, which must be at least as long as the form (a dropped letter would turn Adelina into
 * "abd al ina") and start with or swap in the a. Returns the rest of the token, or undefined.
 */
function mistypedAbd(token: string): string | undefined {
  if (token.length < 5) return undefined;
  for (const form of ABD_FORMS) {
    // A prefix one letter short only with "abd" intact ("Abdlkadir"): "Adelina" stays a name.
    const lengths = [form.length, form.length + 1, ...(token.startsWith('abd') ? [form.length - 1] : [])];
    for (const length of lengths) {
      const prefix = token.slice(0, length);
      const rest = token.slice(length);
      if (prefix.length < length || (rest.length > 0 && rest.length < 3)) continue;
      if (prefix[0] !== 'a' && prefix[1] !== 'a') continue;
      // "Addel" is a mistyped Adel, not Abdel: the d of abd is never doubled.
      if (prefix[1] === 'd' && prefix[2] === 'd') continue;
      if (oneEditApart(prefix, form)) return rest;
    }
  }
  return undefined;
}

/**
 * `Abd` before a name whose first letter the article assimilates (Arabic "sun letters"): Abdur
 * Rahman, Abdurrahman, Abdus Salam, Abdun Nasir, and without the u (Abdrabba). Returns the name with
 * its first letter, or undefined. With the e of the Maghreb's French spellings the letter may be
 * doubled or not (Abderrahmane and Abderahmane, Abdennour and Abdenour) but a vowel must follow it:
 * `Abdetnasser` is a mistyped Abdel Nasser, not Abd et-Tnasser.
 */
const ABD_SUN = /^abdu?(sh|th|dh|[rstzdn])\1?([a-z]{2,})$/;
const ABD_E_SUN = /^abde(sh|th|dh|[rstzdn])\1?([aeiouy][a-z]+)$/;

/**
 * Every spelling a canonical token stands for, after the generic rules (`muhammad` → `muhammad`,
 * `mohamed`, `mohamad`, …). The token dictionary indexes all of them, so a typo in a variant
 * ("Mohamned") still finds the canonical token that "Mohamed" was folded into.
 */
export function ruledSpellings(canonical: string): string[] {
  const variants = VARIANTS[canonical];
  if (!variants) return [canonical];
  return [...new Set([canonical, ...variants.map(applyRules)])];
}

/** The canonical tokens for one folded token (usually one; a merged `abdulX` gives `abd al x`). */
export function canonicalTokens(token: string): string[] {
  const direct = CANONICAL.get(token);
  if (direct) return [direct];
  // A typo in Abdullah is still Abdullah ("Abdulalh"), not Abdul + a three-letter name.
  if (token.length >= 7 && ABDALLAH.some((v) => oneEditApart(token, v))) return ['abdallah'];
  if (ABD_FORMS.has(token)) return ['abd', 'al'];
  const merged = ABD_PREFIX.exec(token);
  if (merged) return ['abd', 'al', ...canonicalTokens(merged[2]!)];
  const sun = ABD_SUN.exec(token) ?? ABD_E_SUN.exec(token);
  if (sun) return ['abd', 'al', ...canonicalTokens(sun[1]! + sun[2]!)];
  const rest = mistypedAbd(token);
  if (rest !== undefined) return ['abd', 'al', ...(rest ? canonicalTokens(rest) : [])];
  return [wholeToken(token)];
}

/** A folded token as one canonical token, never cut into `abd al x`: the romanisation rules alone. */
export function wholeToken(token: string): string {
  const ruled = applyRules(token);
  const known = RULED.get(ruled);
  if (known) return known;
  // A patronymic made of a given name of the table is made of its canonical form: the Belarusian
  // Uladzimiravich and the Ukrainian Volodymyrovych are Vladimirovich; the name's last i (its y)
  // may go unwritten before -evich (Mikalaevich, Mikalaievich).
  const patronymic = PATRONYMIC.exec(ruled);
  if (!patronymic) return ruled;
  const stem = RULED.get(patronymic[1]!) ?? RULED.get(`${patronymic[1]!}i`);
  return stem ? stem + patronymic[2] : ruled;
}

const PATRONYMIC = /^([a-z]{3,}?)(ovich|evich|ovna|evna)$/;
