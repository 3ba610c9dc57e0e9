// Bundled French list, written for Moderato: common insults and the vocabulary of French comment
// spam. Versioned with the app: bump LIST_VERSION whenever an entry changes, so stored comments
// are flagged again. Entries are folded when compiled, so accents are optional in the text.

export const LIST_VERSION = 'fr-2026.12.41';

/** Insults and obscenities. Ambiguous words ("con", "bite", "chatte", "baiser", "queue") are left out. */
export const FR_ABUSE: readonly string[] = [
  'connard', 'connards', 'connasse', 'connasses', 'conne', 'connes', 'couillon', 'couillons',
  'salope', 'salopes', 'salopard', 'salopards', 'salaud', 'salauds', 'pute', 'putes', 'putain',
  'putains', 'pétasse', 'pétasses', 'pouffiasse', 'pouffiasses', 'grognasse', 'enculé', 'enculés',
  'enculée', 'enculer', 'enculeur', 'enfoiré', 'enfoirés', 'enfoirée', 'merde', 'merdes', 'merdique',
  'emmerdeur', 'emmerdeuse', 'emmerder', 'chier', 'fais chier', 'fait chier', 'chieur', 'chieuse',
  'bâtard', 'bâtards', 'batarde', 'abruti', 'abrutis', 'abrutie', 'crétin', 'crétins', 'crétine',
  'débile', 'débiles', 'ducon', 'duconnot', 'pédé', 'pédés', 'tapette', 'tapettes', 'gouine',
  'gouines', 'niquer', 'nique', 'niqué', 'nique ta mère', 'ntm', 'fdp', 'fils de pute', 'fils de putain',
  'trou du cul', 'trouduc', 'va te faire foutre', 'allez vous faire foutre', 'ta gueule',
  'ferme ta gueule', 'fermez vos gueules', 'bouffon', 'bouffons', 'branleur', 'branleurs',
  'branleuse', 'couilles', 'foutre', 'bordel de merde', 'sac à merde', 'tocard', 'tocards',
  'pauvre con', 'gros con', 'sale con', 'espèce de con', 'bande de cons',
  'imbécile', 'imbéciles', 'attardé', 'attardés', 'triso', 'bougnoule', 'négro',
  'youpin', 'bicot', 'chintok',
];

/** Commerce and scams that French comment spam sells. */
export const FR_SPAM: readonly string[] = [
  'casino', 'casinos', 'casino en ligne', 'machines à sous', 'paris sportifs', 'pari sportif',
  'viagra', 'cialis', 'crédit rapide', 'crédit facile', 'prêt personnel',
  'rachat de crédit', 'rachat de crédits', 'sans frais de dossier',
  'argent facile', 'gagner de l’argent', 'gagnez de l’argent', 'gagner de l\'argent',
  'gagnez de l\'argent', 'revenu passif', 'revenus passifs', 'travail à domicile',
  'emploi à domicile', 'devenez riche', 'pas cher', 'pas chère', 'moins cher', 'prix cassé',
  'prix cassés', 'promo', 'promos', 'code promo', 'bon plan', 'bons plans', 'livraison gratuite',
  'soldes', 'achat en ligne', 'acheter en ligne', 'rencontre coquine',
  'rencontres coquines', 'rencontre sexe', 'rencontres', 'site de rencontre', 'célibataires',
  'plan cul', 'escort', 'escorts', 'voyance', 'voyant', 'voyante',
  'perte de poids', 'maigrir vite', 'maigrir rapidement', 'minceur',
  'montres répliques', 'réplique montre', 'contrefaçon', 'bitcoin', 'crypto', 'cryptomonnaie', 'forex',
  'trading', 'investissement garanti', 'référencement', 'seo', 'backlinks',
  'agence web',
];
