package fr.sav.inventory.shared;

import java.util.Locale;

/**
 * Why the service refused a field, as a stable key a page says in the user's language from the facts named here
 * (app/i18n/problems-fr.js has the French of each; WebProblemTranslationTest checks that none is missing).
 */
public enum FieldRule {
    // Any field
    /** The field is missing or blank. */
    REQUIRED,
    /** Longer than {@code max} characters. */
    TOO_LONG,
    /** From {@code min} to {@code max} characters. */
    LENGTH_BETWEEN,
    /** A number from {@code min} to {@code max}. */
    BETWEEN,
    /** A number of at least {@code min}. */
    AT_LEAST,
    /** One of the {@code allowed} words, not {@code value}. */
    ONE_OF,
    /** A yes/no flag is true or false, not {@code value}. */
    TRUE_OR_FALSE,
    /** A date or instant cannot be in the future. */
    NOT_IN_FUTURE,
    /** A date is today or later, not {@code value}. */
    NOT_IN_PAST,
    /** A key ({@code value}) holds letters, digits, '.', '-' and '_' only and starts with a letter or digit. */
    CODE_CHARACTERS,
    /** A text holds an invisible control character ({@code code} at {@code position}). */
    CONTROL_CHARACTER,
    /** A text holds half of a character ({@code code} at {@code position}). */
    HALF_CHARACTER,
    /** A body is one JSON value with nothing after it. */
    ONE_JSON_VALUE,
    /** A field of the wrong kind (text for a number...). */
    WRONG_KIND,
    /** Not a field of what is changed; {@code fields} are. */
    NOT_A_FIELD,
    /** A required field cannot be emptied. */
    CANNOT_BE_CLEARED,
    /** A change names the fields to change, in a JSON object. */
    CHANGES_OBJECT,
    /** A change names at least one thing to change. */
    NOTHING_TO_CHANGE,
    /** A hand-set stock policy gives a min, a max or an initial quantity. */
    LEVELS_NEEDED,
    /** This is done at its own address ({@code path}). */
    OWN_DOOR,
    // Catalog and labels
    /** No location has the code {@code location}. */
    UNKNOWN_LOCATION,
    /** A part's sku never changes. */
    SKU_FIXED,
    /** A part is not its own equivalent. */
    OWN_EQUIVALENT,
    /** The {@code gtin}'s check digit is wrong. */
    CHECK_DIGIT,
    /** At most {@code max} labels a request; {@code asked} asked. */
    TOO_MANY_LABELS,
    /** A label size ({@code value}) reads WIDTHxHEIGHT in mm, within what printers carry. */
    LABEL_SIZE,
    /** A sheet of labels fits an A4 page, with at least one column and row and no negative margin or gap. */
    SHEET_LAYOUT,
    // Stock
    /** A movement names the part by sku or by a scanned code. */
    SKU_OR_CODE,
    /** The code scanned is {@code scanned}, not the {@code given} one. */
    SCANNED_OTHER,
    /** The code {@code code} is a {@code kind}, not a part or a unit. */
    NOT_A_PART_CODE,
    /** A {@code movement} needs {@code needs} (and not {@code without}). */
    MOVEMENT_NEEDS,
    /** An adjustment takes a signed, non-zero delta. */
    DELTA_NEEDED,
    /** Only an adjustment takes a delta. */
    DELTA_ONLY_FOR_ADJUSTMENT,
    /** An adjustment changes one place. */
    ADJUSTMENT_ONE_PLACE,
    /** An adjustment says why, in its note. */
    ADJUSTMENT_NOTE,
    /** A regrade stays at its location. */
    REGRADE_IN_PLACE,
    /** A regrade changes the condition (it is {@code condition} already). */
    REGRADE_CHANGES,
    /** A {@code movement} keeps the condition. */
    KEEPS_CONDITION,
    /** A transfer goes to another location than {@code location}. */
    TRANSFER_ELSEWHERE,
    /** Returned material lands DEFECTIVE. */
    RETURNS_DEFECTIVE,
    /** Only a return says why it came back. */
    RETURN_REASON_ONLY,
    /** {@code location} holds {@code sku} in several {@code conditions}: say which. */
    WHICH_CONDITION,
    /** {@code sku} is serialized: a unit's serial is needed. */
    SERIAL_NEEDED,
    /** {@code sku} is serialized: one serial per unit received ({@code quantity}). */
    SERIALS_NEEDED,
    /** {@code sku} is serialized: one unit per movement. */
    ONE_UNIT_PER_MOVEMENT,
    /** {@code sku} is not serialized: no serial. */
    NOT_SERIALIZED,
    /** A loan names the unit's serial or the part's sku. */
    SERIAL_OR_SKU,
    /** {@code sku} is not serialized: only a unit followed by its serial is lent. */
    LENT_BY_SERIAL,
    /** {@code condition} stock does not serve a repair. */
    NOT_FOR_REPAIR,
    /** A valuation instant ({@code value}) is a date or an instant between 2000 and 2100. */
    VALUATION_INSTANT,
    // Workshop and reservations
    /** A repair completes as REPAIRED or RECONDITIONED. */
    REPAIR_RESULT,
    /** A company repair order names the part's sku. */
    COMPANY_REPAIR_SKU,
    /** A customer's item has a sku or a description. */
    SKU_OR_DESCRIPTION,
    /** Harvested parts enter as USED or DEFECTIVE. */
    HARVEST_CONDITION,
    /** {@code assembly} contains {@code contained} × {@code sku}; {@code total} cannot be harvested. */
    HARVEST_TOO_MANY,
    /** Nothing is harvested from a customer's item. */
    NOTHING_TO_HARVEST,
    /** Taking a part out of an assembly names the assembly. */
    ASSEMBLY_NAMED,
    /** One {@code assembly} holds {@code contained} × {@code sku}. */
    ASSEMBLY_HOLDS,
    /** A technician's van stock serves others only by a transfer. */
    VAN_STOCK,
    /** A reservation from a repair names the repair order. */
    REPAIR_ORDER_NAMED,
    /** A repair order gives back one piece. */
    ONE_FROM_REPAIR,
    // Imports
    /** A stock count names the location counted. */
    LOCATION_COUNTED,
    /** A price list names its supplier. */
    SUPPLIER_OF_PRICE_LIST,
    /** The encoding {@code value} is unknown. */
    UNKNOWN_ENCODING,
    /** A mapping is a JSON object from our field to their header. */
    MAPPING_OBJECT,
    /** A mapping names a field the import does not have; {@code fields} it has. */
    UNKNOWN_MAPPED_FIELD,
    /** A number of at most {@code max} (an import row, like one movement, counts at most so many pieces). */
    AT_MOST,
    /** No part has the sku {@code sku}; {@code createParts} false says that the import could have added it. */
    UNKNOWN_SKU,
    /** {@code sku} is not in the catalog and the row has no name to create it with. */
    NO_NAME_TO_CREATE,
    /** The manufacturer reference {@code value} names no part, or several. */
    UNKNOWN_MANUFACTURER_REF,
    /** {@code sku} is serialized: its units are counted by scanning them, not by quantity. */
    COUNT_BY_SCANNING,
    /** {@code sku} {@code condition} was counted already, on line {@code line}. */
    COUNTED_TWICE,
    /** {@code counted} × {@code sku} {@code condition} at {@code location}: more are reserved there. */
    RESERVED_MORE,
    // Accounts and purchasing
    /** Not this account's password. */
    WRONG_PASSWORD,
    /** A purchase request names its supplier, or comes from the suggestions. */
    SUPPLIER_OR_SUGGESTIONS,
    /** A purchase request has at least one line. */
    NO_LINES,
    /** {@code sku} is not on the purchase request {@code number}. */
    NOT_ON_REQUEST,
    /** The purchase request {@code number} was not sent to {@code supplier}. */
    NOT_SENT_TO,
    // Field stock
    /** Goods in transit have their one location ({@code location}). */
    TRANSIT_IS_ONE,
    /** {@code location} has no parent store to be replenished from. */
    NO_PARENT_STORE,
    /** {@code sku} is named twice. */
    NAMED_TWICE,
    /** A maximum is at least the minimum ({@code min}) and above zero, not {@code value}. */
    MAX_FROM_MIN,
    /** One serial per piece: {@code quantity} pieces, {@code serials} serials. */
    ONE_SERIAL_PER_PIECE,
    /** {@code serial} is not a unit of {@code sku}. */
    NOT_A_UNIT_OF,
    /** {@code location} has {@code available} units of {@code sku} in stock, not {@code quantity}. */
    TOO_FEW_UNITS,
    /** Transfer order {@code number} did not send {@code sku}. */
    NOT_SENT,
    /** {@code sku} was sent in several conditions or units: say which. */
    WHICH_LINE,
    /** {@code shipped} × {@code sku} were shipped; {@code value} cannot have arrived. */
    MORE_THAN_SHIPPED,
    /** A transfer goes to another location than {@code location}. */
    SAME_LOCATION,
    /** Lines or fromReplenishment, not both. */
    LINES_OR_REPLENISHMENT,
    /** At least one part to send, or fromReplenishment. */
    LINES_NEEDED,
    /** {@code location} holds goods in transit: it is neither where goods come from nor where they go. */
    TRANSIT_NOT_AN_END;

    /** The key on the wire: {@code UNKNOWN_LOCATION} is "unknown-location". */
    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
