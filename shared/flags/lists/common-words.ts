// The most common words of the languages a fresh install can check comments against before it has
// learned the site's own vocabulary: articles, pronouns, prepositions, conjunctions, auxiliaries
// and a few everyday words, as folded keys (lower case, no accents). Any text of some length in
// one of these languages is made largely of them, so a comment that holds almost none of the site
// language's is the only one worth asking a language detector about (franc costs a third of a
// millisecond; this test costs a few lookups). General vocabulary, not taken from any comments.

export const COMMON_WORDS: Readonly<Record<string, readonly string[]>> = {
  eng: [
    'the', 'a', 'an', 'and', 'or', 'but', 'of', 'to', 'in', 'on', 'at', 'for', 'with', 'from', 'by', 'about', 'as', 'into',
    'is', 'are', 'was', 'were', 'be', 'been', 'am', 'do', 'does', 'did', 'have', 'has', 'had', 'will', 'would', 'can',
    'could', 'should', 'may', 'might', 'must', 'i', 'you', 'he', 'she', 'it', 'we', 'they', 'me', 'him', 'her', 'us',
    'them', 'my', 'your', 'his', 'its', 'our', 'their', 'this', 'that', 'these', 'those', 'there', 'here', 'not', 'no',
    'if', 'so', 'what', 'how', 'why', 'when', 'where', 'who', 'which', 'all', 'some', 'any', 'more', 'very', 'just',
    'also', 'than', 'then', 'out', 'up', 'one', 'get', 'like', 'thanks', 'thank', 'please', 'good', 'great', 'know',
    'really', 'pretty', 'awesome', 'amazing', 'everyone', 'everybody', 'guys', 'love',
    'im', 's', 't', 'dont', 'don', 'll', 've', 're', 'm',
  ],
  fra: [
    'le', 'la', 'les', 'l', 'un', 'une', 'des', 'de', 'du', 'd', 'au', 'aux', 'et', 'ou', 'mais', 'donc', 'car', 'ni',
    'a', 'en', 'dans', 'sur', 'sous', 'pour', 'par', 'avec', 'sans', 'chez', 'est', 'sont', 'etait', 'etre', 'ai', 'as',
    'avons', 'avez', 'ont', 'avoir', 'fait', 'faire', 'peut', 'je', 'j', 'tu', 'il', 'elle', 'on', 'nous', 'vous',
    'ils', 'elles', 'me', 'm', 'te', 'se', 's', 'lui', 'leur', 'leurs', 'mon', 'ma', 'mes', 'ton', 'ta', 'tes', 'son',
    'sa', 'ses', 'notre', 'nos', 'votre', 'vos', 'ce', 'cet', 'cette', 'ces', 'c', 'ca', 'qui', 'que', 'qu', 'quoi',
    'dont', 'ne', 'n', 'pas', 'plus', 'tres', 'bien', 'tout', 'tous', 'toute', 'aussi', 'si', 'comme', 'merci',
    'bonjour', 'y', 'encore', 'deja',
  ],
  spa: [
    'el', 'la', 'los', 'las', 'un', 'una', 'unos', 'unas', 'lo', 'de', 'del', 'al', 'y', 'e', 'o', 'u', 'pero', 'a', 'en',
    'con', 'sin', 'por', 'para', 'sobre', 'entre', 'es', 'son', 'era', 'ser', 'estar', 'esta', 'este', 'esto', 'estos',
    'estas', 'ese', 'esa', 'eso', 'ha', 'he', 'han', 'hay', 'tiene', 'yo', 'tu', 'usted', 'el', 'ella', 'nosotros',
    'ellos', 'me', 'te', 'se', 'le', 'les', 'nos', 'mi', 'mis', 'su', 'sus', 'que', 'quien', 'como', 'cuando', 'donde',
    'no', 'si', 'muy', 'mas', 'todo', 'todos', 'tambien', 'gracias', 'hola', 'bien', 'ya', 'porque', 'hasta',
  ],
  por: [
    'o', 'a', 'os', 'as', 'um', 'uma', 'uns', 'umas', 'de', 'do', 'da', 'dos', 'das', 'no', 'na', 'nos', 'nas', 'ao',
    'aos', 'em', 'e', 'ou', 'mas', 'com', 'sem', 'por', 'para', 'pelo', 'pela', 'sobre', 'entre', 'e', 'sao', 'era',
    'ser', 'estar', 'esta', 'este', 'isto', 'isso', 'esse', 'essa', 'tem', 'ter', 'foi', 'eu', 'voce', 'ele', 'ela',
    'nos', 'eles', 'elas', 'me', 'te', 'se', 'lhe', 'meu', 'minha', 'seu', 'sua', 'que', 'quem', 'como', 'quando',
    'onde', 'nao', 'sim', 'muito', 'mais', 'tudo', 'todos', 'tambem', 'obrigado', 'obrigada', 'ola', 'bem', 'ja',
    'porque', 'ate',
  ],
  deu: [
    'der', 'die', 'das', 'den', 'dem', 'des', 'ein', 'eine', 'einen', 'einem', 'einer', 'und', 'oder', 'aber', 'in', 'im',
    'an', 'am', 'auf', 'mit', 'von', 'vom', 'zu', 'zum', 'zur', 'fur', 'bei', 'nach', 'aus', 'uber', 'ist', 'sind',
    'war', 'sein', 'hat', 'habe', 'haben', 'wird', 'werden', 'kann', 'ich', 'du', 'er', 'sie', 'es', 'wir', 'ihr',
    'mich', 'mir', 'dich', 'dir', 'uns', 'euch', 'sich', 'mein', 'meine', 'dein', 'ihre', 'unser', 'dieser', 'diese',
    'dieses', 'nicht', 'kein', 'keine', 'auch', 'noch', 'schon', 'sehr', 'nur', 'wie', 'was', 'wer', 'wo', 'wenn',
    'dass', 'als', 'so', 'ja', 'nein', 'danke', 'hallo', 'gut',
  ],
  ita: [
    'il', 'lo', 'la', 'i', 'gli', 'le', 'l', 'un', 'uno', 'una', 'di', 'del', 'della', 'dei', 'delle', 'a', 'al', 'alla',
    'da', 'dal', 'in', 'nel', 'nella', 'con', 'su', 'per', 'tra', 'fra', 'e', 'ed', 'o', 'ma', 'anche', 'che', 'chi',
    'come', 'quando', 'dove', 'perche', 'se', 'non', 'si', 'no', 'sono', 'sei', 'siamo', 'era', 'essere', 'ho', 'hai',
    'ha', 'abbiamo', 'hanno', 'avere', 'io', 'tu', 'lui', 'lei', 'noi', 'voi', 'loro', 'mi', 'ti', 'ci', 'vi', 'mio',
    'mia', 'tuo', 'suo', 'sua', 'questo', 'questa', 'quello', 'molto', 'piu', 'tutto', 'tutti', 'grazie', 'ciao',
    'bene', 'gia', 'ancora',
  ],
  nld: [
    'de', 'het', 'een', 'en', 'of', 'maar', 'in', 'op', 'aan', 'met', 'van', 'voor', 'bij', 'naar', 'uit', 'over', 'door',
    'om', 'tot', 'is', 'zijn', 'was', 'waren', 'ben', 'bent', 'heb', 'hebt', 'heeft', 'hebben', 'wordt', 'worden',
    'kan', 'kunnen', 'ik', 'je', 'jij', 'u', 'hij', 'zij', 'ze', 'wij', 'we', 'jullie', 'mij', 'me', 'hem', 'haar',
    'ons', 'mijn', 'jouw', 'uw', 'zijn', 'dit', 'dat', 'deze', 'die', 'er', 'hier', 'daar', 'niet', 'geen', 'ook', 'nog',
    'al', 'wel', 'heel', 'zeer', 'erg', 'veel', 'wat', 'wie', 'waar', 'hoe', 'als', 'dan', 'dus', 'bedankt', 'dank',
    'hallo', 'goed',
  ],
};
