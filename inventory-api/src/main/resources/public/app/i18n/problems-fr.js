// Every problem type the service answers, said in French from its facts (the problem's own members), so that a
// French page never shows the service's English. Each entry: [title, (facts, term) => detail]. A type missing
// here is a defect: ProblemTranslationTest compares this list with the types the service's code can answer.
const at = p => p.location ? ` à ${p.location}` : '';
const unit = p => p.serial ? `L’unité ${p.serial}` : 'L’unité';
const RESOURCES = {
  code: 'code', exchange: 'échange', import: 'import', location: 'emplacement', movement: 'mouvement',
  notification: 'notification', part: 'pièce', printer: 'imprimante', 'purchase request': 'demande d’achat',
  'repair order': 'ordre de réparation', reservation: 'réservation', 'supplier return': 'retour fournisseur',
  supplier: 'fournisseur', unit: 'unité', user: 'compte', gtin: 'GTIN', 'transfer order': 'ordre de transfert',
};
const resource = p => RESOURCES[p.resource] ?? 'élément';
const UNREADABLE = {
  EMPTY: 'le fichier est vide',
  PDF: 'c’est un document PDF, pas un fichier CSV',
  ZIP_OR_XLSX: 'c’est un classeur Excel (.xlsx) ou une archive zip, pas un fichier CSV',
  OLD_EXCEL: 'c’est un ancien classeur Excel (.xls), pas un fichier CSV',
  MARKUP: 'c’est une page HTML ou un document XML, pas un fichier CSV',
  BINARY: 'il contient des données binaires, pas du texte',
  SINGLE_COLUMN: 'la ligne d’en-tête n’a qu’une colonne : aucun séparateur trouvé',
  UNTERMINATED_QUOTE: 'un guillemet ouvert ne se ferme jamais',
  RECORD_TOO_LONG: 'une ligne est anormalement longue',
  MISSING_COLUMNS: 'une colonne nécessaire manque dans la ligne d’en-tête',
  MALFORMED: 'la structure CSV est cassée',
};

const PROBLEMS = {
  // Input
  'invalid-request': ['Demande invalide', () => 'Un ou plusieurs champs sont refusés :'],
  'bad-request': ['Demande illisible', () => 'La demande n’a pas pu être lue : vérifiez les valeurs saisies.'],
  'unsupported-media-type': ['Format non pris en charge', () => 'Ce type de contenu n’est pas accepté ici.'],
  'request-entity-too-large': ['Fichier trop gros', () => 'Le fichier dépasse la taille acceptée.'],
  'unreadable-file': ['Fichier illisible', p => `Le fichier ne peut pas être importé : ${UNREADABLE[p.reason] ?? 'il est illisible'}${p.line ? ` (ligne ${p.line})` : ''}. Enregistrez-le au format CSV depuis le tableur.`],
  'import-rejected': ['Lignes refusées', () => 'Des lignes sont refusées : rien n’a été importé. Le rapport les liste une par une.'],
  'code-does-not-fit': ['Le code ne tient pas sur l’étiquette', () => 'Aucune symbologie ne fait tenir ce code à cette taille et cette résolution : choisissez une étiquette plus grande.'],
  'quantity-out-of-range': ['Quantité hors limites', () => 'Cette quantité dépasse ce qu’un chiffre de stock peut contenir.'],
  'constraint-violated': ['Refusé par une règle de la base', () => 'La base de données a refusé cette modification : elle contredirait une donnée existante.'],
  'idempotency-key-reused': ['Clé d’idempotence réutilisée', () => 'Cette clé a déjà servi pour une autre demande : envoyez la nouvelle demande avec une nouvelle clé.'],
  // Access
  'unauthorized': ['Connexion nécessaire', () => 'Connectez-vous (ou reconnectez-vous : la session a expiré).'],
  'forbidden': ['Action non autorisée', () => 'Votre rôle ne permet pas cette action.'],
  'too-many-attempts': ['Trop de tentatives', () => 'Trop de mots de passe erronés : patientez avant de réessayer.'],
  'own-account': ['Votre propre compte', () => 'Un responsable ne peut ni désactiver son propre compte ni se retirer le rôle responsable.'],
  'last-manager': ['Dernier responsable', () => 'C’est le dernier responsable actif : donnez d’abord le rôle responsable à un autre compte.'],
  'four-eyes': ['Validation par une autre personne', p => `${p.number} a été créée ou soumise par ${p.approver} : une autre personne doit l’approuver.`],
  'approval-limit': ['Au-delà du plafond d’approbation', p => `${p.number} s’élève à ${p.total} € : au-delà de ${p.limit} €, un responsable l’approuve.`],
  // Not found, already there
  'not-found': ['Introuvable', p => p.key ? `Introuvable : ${resource(p)} « ${p.key} ».` : 'Cette adresse n’existe pas.'],
  'duplicate': ['Existe déjà', p => `Existe déjà : ${resource(p)} « ${p.key || ''} »${p.sku ? ` (pièce ${p.sku})` : ''}.`],
  'part-changed': ['Pièce modifiée entre-temps', p => `${p.sku} a été modifiée par quelqu’un d’autre : rechargez-la et refaites vos changements.`],
  // Stock
  'insufficient-stock': ['Stock insuffisant', (p, term) => `${p.requested} × ${p.sku}${p.condition ? ' ' + term(p.condition) : ''} demandé(s)${at(p)} ; ${p.available} disponible(s).`],
  'defective-location': ['Le défectueux reste à l’atelier', p => `${p.sku} défectueux ne peut aller${at(p)} : seulement dans un atelier, une quarantaine ou chez un sous-traitant.`],
  'in-transit': ['Marchandise en transit', p => `Le stock de ${p.location} est entre deux lieux : il ne bouge qu’à la réception de son ordre de transfert.`],
  'another-technicians-van': ['Le véhicule d’un autre technicien', p => `Le stock de ${p.location} est à son technicien : ${p.sku} n’en sort pour vous que par un ordre de transfert ; votre véhicule est ${p.home}.`],
  'nothing-to-replenish': ['Rien à réapprovisionner', p => `Aucune pièce de ${p.location} n’est sous son minimum avec du stock disponible à ${p.from}.`],
  'defective-not-usable': ['Le défectueux ne sert à aucune intervention', p => `${p.sku} défectueux ne sort que pour une réparation, un retour fournisseur ou un sous-traitant : indiquez la référence.`],
  'inspection-required': ['Contrôle par l’atelier', p => `Seul l’atelier rend utilisable du ${p.sku} défectueux, après contrôle.`],
  'new-is-never-used': ['Rien ne redevient neuf', p => `${p.sku} ne peut pas être reclassé neuf : choisissez réparé, reconditionné ou occasion.`],
  'return-location': ['Retour à l’atelier', () => 'Un retour arrive à l’atelier ou en quarantaine : scannez l’un ou l’autre.'],
  'unit-held': ['Unité retenue', p => `${unit(p)} est retenue${p.holder ? ` par ${p.holder}` : ''} : elle ne peut pas bouger avant.`],
  'unit-not-available': ['Unité indisponible', p => `${unit(p)} n’est pas disponible à cet endroit.`],
  'unit-in-stock': ['Unité déjà en stock', p => `${unit(p)} est déjà en stock : elle ne peut pas entrer une seconde fois.`],
  'unit-elsewhere': ['Unité ailleurs', p => `${unit(p)} n’est pas à cet endroit ou dans cet état : scannez-la là où elle est.`],
  'customer-owned': ['Appareil du client', p => `${unit(p)} appartient à un client : elle n’entre jamais dans notre stock.`],
  'serial-of-another-part': ['Numéro d’une autre pièce', p => `Le numéro de série ${p.serial || ''} appartient à une autre pièce.`],
  'not-a-customer-item': ['Pas un appareil client', p => `${unit(p)} n’est pas un appareil client de cette pièce.`],
  'serial-is-company-stock': ['Numéro de notre stock', () => 'Ce numéro de série est une unité de notre stock, pas un appareil client.'],
  'hold-missing': ['Rien de réservé ici', p => `Aucune quantité de ${p.sku} n’est réservée${at(p)}.`],
  'already-reversed': ['Déjà annulé', p => `Le mouvement #${p.movement} est déjà annulé${p.reversedBy ? ` (par #${p.reversedBy})` : ''}.`],
  'not-reversible': ['Non annulable', p => `Un mouvement de type ${p.movementType || ''} ne s’annule pas : corrigez-le par un autre mouvement.`],
  // Catalog and locations
  'location-kind-fixed': ['Le type d’emplacement ne change pas', p => `${p.location} reste de type ${p.kind} : créez un autre emplacement.`],
  'wrong-location-kind': ['Mauvais type d’emplacement', p => `${p.location || 'Cet emplacement'} est de type ${p.kind || '?'} : il ne convient pas ici.`],
  'no-location-of-kind': ['Aucun emplacement de ce type', p => `Créez d’abord un emplacement de type ${p.kind} (page Emplacements).`],
  'serialization-locked': ['Suivi par numéro figé', () => 'Le suivi par numéro de série ne change plus une fois que la pièce a du stock ou des mouvements.'],
  'component-cycle': ['Un ensemble ne se contient pas', () => 'Cette nomenclature ferait d’un ensemble son propre composant.'],
  // Workshop, exchanges, purchasing
  'invalid-transition': ['Action impossible à ce stade', (p, term) => `${p.number || (p.id ? 'Réservation ' + p.id : '')} est « ${term(p.currentStatus)} » : « ${p.action || 'cette action'} » n’est pas possible.`],
  'not-in-repair': ['Cette réparation ne rendra pas la pièce', p => `${p.repairOrder} ne rendra pas de ${p.sku} dans notre stock : choisissez une autre source.`],
  'repair-output-promised': ['Déjà promis', p => `Ce que rendra ${p.repairOrder} est déjà réservé pour une autre référence.`],
  'not-in-assembly': ['Pas dans cet ensemble', p => `${p.assembly} ne contient pas de ${p.sku}.`],
  'assembly-not-available': ['Aucun ensemble à démonter', p => `Aucun ${p.assembly} réparé, reconditionné ou d’occasion n’est en stock.`],
  'no-offer': ['Aucune offre fournisseur', p => `Aucun fournisseur ne propose ${p.sku} : enregistrez une offre avant de l’acheter pour une réservation.`],
  'not-defective-stock': ['Pas de défectueux à l’atelier', p => `Aucun ${p.sku || ''} défectueux à l’atelier : faites-le d’abord revenir à l’atelier.`],
  'customer-consent-required': ['Accord du client nécessaire', p => `Mettre au rebut l’appareil du client${p.customerRef ? ' ' + p.customerRef : ''} demande son accord enregistré.`],
  'not-exchangeable': ['Hors échange standard', p => `${p.number} : ${p.sku || 'cette pièce'} n’est pas dans le programme d’échange standard.`],
  'over-receipt': ['Plus que commandé', p => `Il reste ${p.outstanding} × ${p.sku} à recevoir sur cette demande.`],
  'out-of-warranty': ['Hors garantie fournisseur', p => `${p.sku}${p.serial ? ' / ' + p.serial : ''} reçu le ${p.receivedAt || '?'} n’est plus sous la garantie de ${p.supplier}${p.warrantyMonths ? ` (${p.warrantyMonths} mois)` : ''} ; forcez le retour si le fournisseur l’accepte.`],
  'missing-currency-rate': ['Pas de taux pour cette devise', p => `Les montants en ${p.currency} ne se comparent pas en euros : renseignez ${p.setting}.`],
  // The service itself
  'printer-unreachable': ['L’imprimante ne répond pas', p => `L’imprimante ${p.printer || ''} ne répond pas : rien n’a été imprimé.`],
  'database-unavailable': ['Base de données indisponible', () => 'La base de données ne répond pas : réessayez dans un instant, rien n’a été perdu.'],
  'internal-server-error': ['Erreur du service', () => 'Le service n’a pas pu terminer : l’erreur est enregistrée.'],
  'method-not-allowed': ['Action inconnue', () => 'Cette adresse ne prend pas cette action.'],
  'not-acceptable': ['Format de réponse impossible', () => 'Le service ne sait pas répondre dans ce format.'],
};

/**
 * The French [title, detail] of a problem, or null for a type this list does not know. A fact the problem lacks
 * reads as empty, never as "undefined".
 */
export function french(problem, term) {
  const entry = PROBLEMS[(problem.type ?? '').replace(/^\/problems\//, '')];
  if (!entry) return null;
  const facts = new Proxy(problem, {get: (target, name) => target[name] ?? ''});
  return [entry[0], entry[1](facts, value => (value === '' ? '' : term(value)))];
}

const MOVEMENTS = {
  RECEIPT: 'une réception', ISSUE: 'une sortie', RETURN: 'un retour', TRANSFER: 'un transfert',
  REGRADE: 'un reclassement', ADJUSTMENT: 'un ajustement', SCRAP: 'une mise au rebut',
  SUPPLIER_RETURN: 'un retour fournisseur',
};
const movement = f => MOVEMENTS[f.movement] ?? 'ce mouvement';
const KINDS = {
  PART: 'une pièce', LOCATION: 'un emplacement', UNIT: 'une unité', REPAIR_ORDER: 'un ordre de réparation',
  EXCHANGE: 'un échange standard', PURCHASE_REQUEST: 'une demande d’achat',
};
const list = value => [].concat(value || []);
const either = value => list(value).map(v => `« ${v} »`).join(', ').replace(/, (?=[^,]*$)/, ' ou ');
const not = f => f.value ? `, pas « ${f.value} »` : '';
const part = f => f.sku || 'cette pièce';

/**
 * What each rule that refuses a field says in French, from the field error's facts: the bean-validation
 * constraints (NotNull, Size...; facts min, max, value...) and the service's own rules (FieldRule.java:
 * unknown-location, between...), and the rules of an import report's rows (the CSV library's RowRule). A rule
 * missing here is a defect: WebProblemTranslationTest compares this list with the rules the code can answer.
 */
export const RULES = {
  // Bean validation
  NotNull: () => 'obligatoire',
  NotBlank: () => 'obligatoire',
  NotEmpty: () => 'ne doit pas être vide',
  Size: l => l.max !== '' && l.max < 2147483647 ? `entre ${l.min || 0} et ${l.max} éléments ou caractères` : `au moins ${l.min}`,
  Min: l => `au moins ${l.value}`,
  Max: l => `au plus ${l.value}`,
  DecimalMin: l => `au moins ${l.value}`,
  DecimalMax: l => `au plus ${l.value}`,
  Positive: () => 'doit être supérieur à zéro',
  PositiveOrZero: () => 'doit être positif ou nul',
  Digits: l => `au plus ${l.integer} chiffres avant la virgule et ${l.fraction} après`,
  Email: () => 'doit être une adresse e-mail',
  Pattern: () => 'format non reconnu',
  Future: () => 'doit être dans le futur',
  FutureOrPresent: () => 'ne doit pas être dans le passé',
  Past: () => 'doit être dans le passé',
  PastOrPresent: () => 'ne doit pas être dans le futur',
  // Any field
  'required': () => 'obligatoire',
  'too-long': f => `au plus ${f.max} caractères`,
  'length-between': f => `de ${f.min} à ${f.max} caractères`,
  'between': f => `doit être entre ${f.min} et ${f.max}`,
  'at-least': f => `doit valoir au moins ${f.min}`,
  'one-of': f => `doit être ${either(f.allowed) || 'une des valeurs prévues'}${not(f)}`,
  'true-or-false': f => `vaut true (oui) ou false (non)${not(f)}`,
  'not-in-future': () => 'ne peut pas être dans le futur',
  'not-in-past': f => `doit être aujourd’hui ou plus tard${not(f)}`,
  'code-characters': f => `${f.value ? `« ${f.value} » : ` : ''}seulement des lettres, des chiffres, « . », « - » et « _ », en commençant par une lettre ou un chiffre`,
  'control-character': f => `contient un caractère de contrôle invisible${f.code ? ` (${f.code} en position ${f.position})` : ''} : retapez le texte sans lui`,
  'half-character': f => `contient une moitié de caractère${f.code ? ` (${f.code} en position ${f.position})` : ''} : renvoyez le texte en Unicode valide`,
  'one-json-value': () => 'doit être une seule valeur JSON, sans rien après',
  'wrong-kind': () => 'un champ a une valeur du mauvais type (du texte pour un nombre…)',
  'not-a-field': f => `n’est pas un champ modifiable${f.fields ? ` ; champs : ${f.fields}` : ''}`,
  'cannot-be-cleared': () => 'ne peut pas être vidé : donnez une valeur',
  'changes-object': () => 'envoyez un objet JSON qui ne contient que les champs à modifier',
  'nothing-to-change': () => 'dites quoi changer : mot de passe, rôles, compte actif, e-mail ou emplacement',
  'levels-needed': () => 'donnez un minimum, un maximum ou une quantité initiale',
  'own-door': f => `se fait à sa propre adresse${f.path ? ` : ${f.path}` : ''}`,
  // Catalog and labels
  'unknown-location': f => `aucun emplacement ${f.location ? `« ${f.location} »` : 'de ce code'}`,
  'sku-fixed': () => 'la référence d’une pièce ne change pas : créez une nouvelle pièce',
  'own-equivalent': () => 'une pièce n’est pas son propre équivalent',
  'check-digit': f => `${f.gtin ? `« ${f.gtin} » : ` : ''}la clé de contrôle est fausse`,
  'too-many-labels': f => `au plus ${f.max} étiquettes par demande${f.asked ? ` ; ${f.asked} demandées` : ''}`,
  'label-size': f => `${f.value ? `« ${f.value} » : ` : ''}une taille d’étiquette s’écrit LARGEURxHAUTEUR en mm, comme 50x30, dans ce que portent les imprimantes`,
  'sheet-layout': () => 'la planche tient sur une page A4, avec au moins une colonne et une ligne, sans marge ni écart négatif',
  // Stock
  'sku-or-code': () => 'donnez la référence de la pièce ou scannez son code',
  'scanned-other': f => `le code scanné désigne ${f.scanned || 'autre chose'}, pas ${f.given || 'ce qui est saisi'}`,
  'not-a-part-code': f => `${f.code ? `« ${f.code} »` : 'ce code'} désigne ${KINDS[f.kind] ?? 'autre chose'}, pas une pièce ni une unité`,
  'movement-needs': f => `${movement(f)} demande ${list(f.needs).join(' et ') || 'ce champ'}${f.without ? `, sans ${f.without}` : ''}`,
  'delta-needed': () => 'un ajustement demande un delta signé, non nul',
  'delta-only-for-adjustment': () => 'seul un ajustement prend un delta : utilisez quantity',
  'adjustment-one-place': () => 'un ajustement change un seul emplacement',
  'adjustment-note': () => 'un ajustement demande une note qui dit pourquoi',
  'regrade-in-place': () => 'un reclassement se fait sur place : faites un transfert pour déplacer le stock',
  'regrade-changes': (f, term) => `un reclassement change l’état${f.condition ? ` (il est déjà ${term(f.condition)})` : ''}`,
  'keeps-condition': f => `${movement(f)} garde l’état : faites un reclassement pour le changer`,
  'transfer-elsewhere': f => `un transfert va vers un autre emplacement${f.location ? ` que ${f.location}` : ''}`,
  'returns-defective': (f, term) => `le matériel retourné arrive toujours ${term('DEFECTIVE')}`,
  'return-reason-only': () => 'seul un retour dit pourquoi il revient',
  'which-condition': (f, term) => `${f.location || 'cet emplacement'} a ${f.sku ? 'du ' + f.sku : 'cette pièce'} en plusieurs états${list(f.conditions).length ? ` (${list(f.conditions).map(term).join(', ')})` : ''} : dites lequel`,
  'serial-needed': f => `${part(f)} est suivie par numéro de série : donnez celui de l’unité`,
  'serials-needed': f => `${part(f)} est suivie par numéro de série : un numéro par unité reçue${f.quantity ? ` (${f.quantity})` : ''}`,
  'one-unit-per-movement': f => `${part(f)} est suivie par numéro de série : une unité par mouvement`,
  'serial-or-sku': () => 'donnez le numéro de série de l’unité ou la référence de la pièce',
  'lent-by-serial': f => `${part(f)} n’est pas suivie par numéro de série : seule une unité suivie par son numéro se prête`,
  // Field stock
  'transit-is-one': f => `les marchandises en transit ont leur emplacement unique${f.location ? ` (${f.location})` : ''} : un ordre de transfert les y met`,
  'no-parent-store': f => `${f.location || 'cet emplacement'} n’a pas de magasin parent pour le réapprovisionner : dites quel emplacement envoie`,
  'named-twice': f => `${part(f)} est nommée deux fois`,
  'max-from-min': f => `doit valoir au moins le minimum${f.min != null ? ` (${f.min})` : ''} et plus de zéro${not(f)}`,
  'one-serial-per-piece': f => `un numéro de série par pièce${f.quantity != null ? ` : ${f.quantity} pièce(s), ${f.serials} numéro(s)` : ''}`,
  'not-a-unit-of': f => `${f.serial || 'ce numéro'} n’est pas une unité de ${part(f)}`,
  'too-few-units': f => `${part(f)} est suivie par numéro de série et ${f.location || 'l’expéditeur'} en a ${f.available ?? '?'} en stock, pas ${f.quantity ?? '?'} : nommez les numéros ou envoyez moins`,
  'not-sent': f => `${f.number || 'cet ordre de transfert'} n’a pas envoyé de ${part(f)}`,
  'which-line': f => `${part(f)} a été envoyée dans plusieurs états ou unités : dites lequel (état, numéro de série)`,
  'more-than-shipped': f => `${f.shipped ?? '?'} × ${part(f)} expédiée(s) : ${f.value ?? 'autant'} ne peuvent pas être arrivées`,
  'same-location': f => `un transfert va vers un autre emplacement que ${f.location || 'celui d’origine'}`,
  'lines-or-replenishment': () => 'donnez des lignes ou fromReplenishment, pas les deux',
  'lines-needed': () => 'nommez au moins une pièce à envoyer, ou demandez le réapprovisionnement',
  'transit-not-an-end': f => `${f.location || 'cet emplacement'} contient les marchandises en transit : nommez d’où elles viennent ou où elles vont`,
  'not-serialized': f => `${part(f)} n’est pas suivie par numéro de série : pas de numéro à donner`,
  'not-for-repair': (f, term) => `le stock ${f.condition ? term(f.condition) + ' ' : ''}ne sert pas à une réparation`,
  'valuation-instant': f => `une date (2026-03-31, fin de journée UTC) ou un instant (2026-03-31T18:00:00Z) entre 2000 et 2100${not(f)}`,
  // Workshop and reservations
  'repair-result': () => 'une réparation se termine réparée ou reconditionnée',
  'company-repair-sku': () => 'un ordre de réparation interne demande la référence de la pièce',
  'sku-or-description': () => 'l’appareil d’un client demande une référence ou une description',
  'harvest-condition': () => 'les pièces récupérées entrent d’occasion ou à réparer',
  'harvest-too-many': f => f.assembly && f.sku ? `${f.assembly} contient ${f.contained || 0} × ${f.sku} : on ne peut pas en récupérer ${f.total}` : 'l’ensemble n’en contient pas autant',
  'nothing-to-harvest': () => 'l’appareil d’un client n’est pas notre stock : on n’en récupère rien',
  'assembly-named': () => 'démonter nomme l’ensemble : assemblySerial ou assemblySku',
  'assembly-holds': f => f.assembly && f.sku ? `un ${f.assembly} contient ${f.contained || 0} × ${f.sku}` : 'l’ensemble n’en contient pas autant',
  'van-stock': () => 'le stock d’un véhicule de technicien ne sert les autres que par un ordre de transfert',
  'repair-order-named': () => 'une réservation sur une réparation nomme l’ordre de réparation (en réparation)',
  'one-from-repair': () => 'un ordre de réparation rend une seule pièce : réservez 1',
  // Imports
  'location-counted': () => 'dites quel emplacement a été compté : ?location=CODE',
  'supplier-of-price-list': () => 'dites de quel fournisseur est ce tarif : ?supplier=CODE',
  'unknown-encoding': f => `${f.value ? `« ${f.value} » : ` : ''}encodage inconnu (UTF-8, windows-1252…)`,
  'mapping-object': () => 'doit être un objet JSON {"notreChamp": "leur en-tête"}',
  'unknown-mapped-field': f => `nomme un champ que cet import n’a pas${f.fields ? ` ; ses champs : ${f.fields}` : ''}`,
  'at-most': f => f.max !== '' ? `doit valoir au plus ${f.max}` : 'est trop grand',
  'unknown-sku': f => `${f.sku ? `« ${f.sku} »` : 'cette référence'} n’est pas au catalogue${f.createParts === false ? ' (cochez « Créer les pièces inconnues » pour l’ajouter)' : ''}`,
  'no-name-to-create': f => `${f.sku ? `« ${f.sku} »` : 'cette référence'} n’est pas au catalogue et la ligne n’a pas de nom pour créer la pièce`,
  'unknown-manufacturer-ref': f => `la référence fabricant ${f.value ? `« ${f.value} » ` : ''}ne désigne aucune pièce, ou plusieurs`,
  'count-by-scanning': f => `${part(f)} est suivie par numéro de série : comptez ses unités en les scannant, pas par quantité`,
  'counted-twice': (f, term) => `${part(f)}${f.condition ? ` ${term(f.condition)}` : ''} a déjà été comptée${f.line !== '' ? ` ligne ${f.line}` : ''}`,
  'reserved-more': (f, term) => `${f.counted !== '' ? `${f.counted} compté(s), mais ` : ''}plus de ${part(f)}${f.condition ? ` ${term(f.condition)}` : ''} sont réservées${f.location ? ` à ${f.location}` : ''} : libérez d’abord les réservations`,
  // Rows of an import file (the CSV library's RowRule; required, too-long, at-least and code-characters above)
  'missing': f => `manquant : ${list(f.fields).join(' ou ') || 'l’un de ces champs'} est nécessaire pour trouver la pièce`,
  'currency-code': () => 'n’est pas un code de devise à 3 lettres comme EUR',
  'not-negative': () => 'ne doit pas être négatif',
  'too-many-decimals': f => f.max !== '' ? `au plus ${f.max} décimales` : 'trop de décimales',
  'too-large': () => 'est trop grand',
  'not-a-number': () => 'n’est pas un nombre',
  'not-a-whole-number': () => 'n’est pas un nombre entier',
  'not-a-real-date': () => 'n’est pas une date qui existe',
  'not-a-date': () => 'n’est pas une date : écrivez 2025-03-14, 14/03/2025, 2025-W11 (une semaine) ou 2025-03 (un mois)',
  'unknown-condition': f => `n’est pas un état connu : écrivez ${either(f.allowed) || 'NEW, REPAIRED, RECONDITIONED, USED ou DEFECTIVE'} (ou neuf, réparé, reconditionné, occasion, défectueux)`,
  'not-yes-or-no': () => 'n’est ni oui ni non (oui/non, o/n, 1/0, x)',
  // Accounts and purchasing
  'wrong-password': () => 'n’est pas le mot de passe de ce compte',
  'supplier-or-suggestions': () => 'dites quel fournisseur, ou partez des suggestions (fromSuggestions: true)',
  'no-lines': () => 'une demande d’achat a au moins une ligne',
  'not-on-request': f => `${f.sku || 'cette pièce'} n’est pas sur ${f.number || 'cette demande d’achat'}`,
  'not-sent-to': f => `${f.number || 'cette demande d’achat'} n’a pas été envoyée à ${f.supplier || 'ce fournisseur'}`,
};

/**
 * The French of one field error from its rule and facts, or null for a rule this list does not know. A fact the
 * error lacks reads as empty, never as "undefined".
 */
export function frenchField(error, term) {
  const rule = RULES[error.rule];
  if (!rule) return null;
  const facts = new Proxy(error.facts ?? {}, {get: (target, name) => target[name] ?? ''});
  return rule(facts, value => (value === '' ? '' : term(value)));
}

export default PROBLEMS;
