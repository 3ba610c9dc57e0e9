// Vocabulary of "tech-support number" spam, matched by the word matcher in its one pass over
// the text (no extra scan): what such a pitch offers, the trouble it names, and the kinds of
// products it is sold for. None is a flag alone: an offer of service next to a product is one,
// and an offer or a trouble next to a phone number is one (see engine.ts and phone.ts).

/**
 * Offers of service, English and French: what the seller says of itself. Bare "support" is not
 * one ("does pandas support this?"): only the phrases that sell it.
 */
export const SUPPORT_TERMS: readonly string[] = [
  'tech support', 'technical support', 'customer support', 'support team', 'support number', 'support phone',
  'support service', 'support services', 'support center', 'support centre', 'online support', 'remote support',
  'support helpline', 'helpline', 'help line', 'help desk', 'helpdesk', 'hotline', 'customer care', 'customer service',
  'customer services', 'technical help', 'tech team', 'technical team', 'tech experts', 'technical experts',
  'certified technicians', 'certified team', 'certified experts', 'our technicians', 'our experts', 'our team',
  'toll free', 'toll-free', 'tollfree', 'call us', 'call now', 'contact us', 'dial', 'phone number', 'phone numbers',
  'reservation number', 'reservations number', 'instant help', 'instant support', 'round the clock', '24/7', '24x7',
  'service client', 'numéro vert', 'numéro gratuit', 'numéro de téléphone', 'appelez', 'appelez-nous',
  'joignable', 'pour joindre', 'mise en relation', 'appeler le', 'appelez le', 'composez le', 'nos techniciens', 'notre équipe', 'nos experts', 'assistance technique', 'support technique',
];

/**
 * Of SUPPORT_TERMS, the names of a company's help desk that its customers use too ("I contacted
 * customer service"): next to a product without a phone number, a look rather than a pitch.
 */
export const SERVICE_NAME_TERMS: readonly string[] = [
  'customer support', 'customer service', 'customer services', 'customer care', 'tech support', 'technical support',
  'support team', 'tech team', 'technical team', 'service client', 'support technique', 'assistance technique',
];

/**
 * The trouble such pages name next to the product ("Canon printer error B200", "Outlook password
 * problems"). A reader on a technical blog names the same trouble, so it counts only with a phone
 * number, never with a product alone.
 */
export const TROUBLE_TERMS: readonly string[] = [
  'error code', 'error codes', 'printer setup', 'driver download', 'drivers download', 'troubleshoot', 'troubleshooting',
  'password recovery', 'recover password', 'change password', 'reset password', 'firmware', 'code erreur',
  'error', 'errors', 'issue', 'issues', 'problem', 'problems', 'not working', 'offline', 'password',
  'login', 'sign in', 'setup', 'activation', 'erreur', 'panne', 'mot de passe', 'support',
  // what readers ask for too ("I need assistance with my printer"): a pitch only as a search phrase or with a number
  'assistance', 'dépannage',
];

/** Products whose "support numbers" are sold to the stuck: printers, antivirus, routers, mail, accounting, airlines. */
export const PRODUCT_TERMS: readonly string[] = [
  'printer', 'printers', 'imprimante', 'imprimantes', 'antivirus', 'anti-virus', 'router', 'routeur',
  'wifi extender', 'airline', 'airlines', 'airways', 'flight reservation', 'flight reservations', 'quickbooks',
  'accounting software', 'email account', 'mail account', 'hp', 'epson', 'canon', 'brother printer', 'lexmark',
  'xerox', 'norton', 'mcafee', 'kaspersky', 'avast', 'avg', 'bitdefender', 'malwarebytes', 'netgear', 'linksys',
  'belkin', 'roku', 'garmin', 'outlook', 'hotmail', 'yahoo mail', 'aol mail', 'gmail', 'sbcglobal', 'comcast',
  'cash app', 'coinbase', 'binance', 'delta airlines', 'united airlines', 'spirit airlines', 'frontier airlines',
  'allegiant', 'lufthansa', 'emirates',
  // crypto wallets, whose "support" drains the wallet it helps with
  'metamask', 'trust wallet', 'ledger live', 'ledger wallet', 'trezor', 'exodus wallet', 'phantom wallet',
  'blockchain wallet', 'crypto wallet',
];
