// Vocabulary of "tech-support number" spam, matched by the word matcher in its one pass over
// the text (no extra scan): what such a pitch offers, and the kinds of products it is sold for.
// Neither is a flag alone; together, or with a phone number, they are (see phone.ts).

/** Support and service offers, English and French. */
export const SUPPORT_TERMS: readonly string[] = [
  'support', 'helpline', 'help line', 'help desk', 'helpdesk', 'hotline', 'customer care', 'customer service',
  'customer services', 'technical help', 'tech team', 'technical team', 'tech experts', 'technical experts',
  'toll free', 'toll-free', 'tollfree', 'call us', 'call now', 'contact us', 'phone number', 'phone numbers',
  'reservation number', 'reservations number', 'service client', 'assistance', 'numéro vert', 'numéro gratuit',
  'numéro de téléphone', 'appelez', 'appelez-nous', 'joignable', 'dépannage',
  // the "error code / setup / password" pages that sell the same numbers
  'error code', 'error codes', 'printer setup', 'driver download', 'drivers download', 'troubleshoot', 'troubleshooting',
  'password recovery', 'recover password', 'change password', 'reset password', 'firmware', 'code erreur',
  // the trouble such pages name next to the product ("Canon printer error B200", "Outlook password problems")
  'error', 'errors', 'issue', 'issues', 'problem', 'problems', 'not working', 'offline', 'password',
  'login', 'sign in', 'setup', 'activation', 'erreur', 'panne', 'mot de passe',
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
];
