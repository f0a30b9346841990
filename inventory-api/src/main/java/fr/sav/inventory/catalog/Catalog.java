package fr.sav.inventory.catalog;

import fr.sav.inventory.shared.Codes;
import fr.sav.inventory.shared.FieldRule;
import fr.sav.inventory.shared.InvalidRequest;
import fr.sav.inventory.shared.NotFound;
import fr.sav.inventory.shared.PageView;
import fr.sav.inventory.shared.Paging;
import fr.sav.inventory.shared.Sql;
import fr.sav.inventory.shared.Transactions;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The catalog's door: parts (search, views, links between them), and what other features need of locations,
 * suppliers, price lists and imported parts, forwarded to their package-private owners. A part is created and changed
 * by {@link PartEdits}.
 */
@Singleton
public class Catalog {

    private final Parts parts;
    private final PartLinks links;
    private final Offers offers;
    private final Sql sql;
    private final Transactions transactions;
    private final LocationDirectory locations;
    private final SupplierDirectory suppliers;
    private final PriceList prices;
    private final ImportedParts imported;

    Catalog(Parts parts, PartLinks links, Offers offers, Sql sql, Transactions transactions,
            LocationDirectory locations, SupplierDirectory suppliers, PriceList prices, ImportedParts imported) {
        this.parts = parts;
        this.links = links;
        this.offers = offers;
        this.sql = sql;
        this.transactions = transactions;
        this.locations = locations;
        this.suppliers = suppliers;
        this.prices = prices;
        this.imported = imported;
    }

    public PartView view(String sku) {
        return transactions.read(() -> links.view(requireEntity(sku)));
    }

    /**
     * Parts whose sku, name, manufacturer, manufacturer reference or GTIN hold every word of {@code q}, in any order
     * ("joint hublot" finds "Hublot : joint de porte"); a part label's code ({@code P:sku}) finds its part.
     */
    public PageView<PartView> search(@Nullable String q, @Nullable String family, Paging paging) {
        String[] w = SearchWords.likes(q);
        String familyFilter = family == null || family.isBlank() ? null : family.trim();
        return transactions.read(() -> new PageView<>(
                parts.search(w[0], w[1], w[2], w[3], familyFilter, paging.size(), paging.offset()).stream()
                        .map(p -> PartView.of(p, null, null)).toList(),
                paging.page(), paging.size(), parts.countSearch(w[0], w[1], w[2], w[3], familyFilter)));
    }

    public List<String> replaceEquivalents(String sku, List<String> equivalentSkus) {
        return transactions.write(() -> {
            Part part = requireEntity(sku);
            List<Long> ids = new ArrayList<>();
            for (String other : new LinkedHashSet<>(equivalentSkus.stream().map(Codes::sku).toList())) {
                Part equivalent = requireEntity(other);
                if (equivalent.id().equals(part.id())) {
                    throw new InvalidRequest("skus", FieldRule.OWN_EQUIVALENT, "a part cannot be its own equivalent");
                }
                ids.add(equivalent.id());
            }
            links.replaceEquivalents(part.id(), ids);
            return links.equivalentsOf(part.id()).stream().map(PartInfo::sku).toList();
        });
    }

    public List<ComponentLine> replaceComponents(String sku, List<ComponentLine> components) {
        return transactions.write(() -> {
            links.lockComponents();
            Part assembly = requireEntity(sku);
            Map<Long, Integer> quantities = new LinkedHashMap<>();
            for (ComponentLine line : components) {
                Part component = requireEntity(line.sku());
                if (component.id().equals(assembly.id()) || links.componentIdsDeep(component.id()).contains(assembly.id())) {
                    throw new ComponentCycle(assembly.sku(), component.sku());
                }
                quantities.merge(component.id(), line.quantity(), Integer::sum);
            }
            links.replaceComponents(assembly.id(), quantities);
            return links.componentsOf(assembly.id());
        });
    }

    public PartInfo part(String sku) {
        return findPart(Codes.sku(sku)).orElseThrow(() -> new NotFound("part", sku));
    }

    /** The part by sku, read with one plain query: scanners ask this on every movement. */
    public Optional<PartInfo> findPart(String sku) {
        return transactions.read(() -> sql.one("SELECT id, sku, name, family, serialized, repairable, standard_cost, "
                + "exchange_price FROM part WHERE sku = ?", row -> new PartInfo(row.getLong(1), row.getString(2),
                row.getString(3), row.getString(4), row.getBoolean(5), row.getBoolean(6), row.getBigDecimal(7),
                row.getBigDecimal(8)), sku.trim().toUpperCase(Locale.ROOT)));
    }

    public PartInfo part(long id) {
        return parts.findById(id).map(Part::info).orElseThrow(() -> new NotFound("part", "#" + id));
    }

    /** A part found by a manufacturer's code on a box: its GTIN/EAN, or its manufacturer reference if unique. */
    public Optional<PartInfo> findPartByManufacturerCode(String code) {
        String trimmed = code.trim();
        Optional<Part> byGtin = trimmed.matches("\\d{8}|\\d{12,14}") ? parts.findByGtin(trimmed) : Optional.empty();
        if (byGtin.isPresent()) {
            return byGtin.map(Part::info);
        }
        List<Part> byReference = parts.findByManufacturerRef(trimmed);
        return byReference.size() == 1 ? Optional.of(byReference.get(0).info()) : Optional.empty();
    }

    public List<PartInfo> equivalentsOf(long partId) {
        return transactions.read(() -> links.equivalentsOf(partId));
    }

    public Map<PartInfo, Integer> assembliesContaining(long partId) {
        return transactions.read(() -> links.assembliesContaining(partId));
    }

    public List<ComponentLine> componentsOf(long partId) {
        return transactions.read(() -> links.componentsOf(partId));
    }

    public List<OfferView> offersOf(String sku) {
        return transactions.read(() -> offers.viewsOfPart(requireEntity(sku).id()));
    }

    private Part requireEntity(String sku) {
        return parts.findBySku(Codes.sku(sku)).orElseThrow(() -> new NotFound("part", sku));
    }

    /** A location by code; unknown: NotFound ({@link LocationDirectory}). */
    public LocationInfo location(String code) {
        return locations.location(code);
    }

    /** A location by id. */
    public LocationInfo location(long id) {
        return locations.location(id);
    }

    /** A location by code, if there is one. */
    public Optional<LocationInfo> findLocation(String code) {
        return locations.findLocation(code);
    }

    /** A location of this kind: the one with the preferred code if it is of that kind, else the first by code. */
    public Optional<LocationInfo> firstOfKind(LocationKind kind, @Nullable String preferredCode) {
        return locations.firstOfKind(kind, preferredCode);
    }

    /** The one TRANSIT location, created on first need, in the caller's transaction. */
    public LocationInfo transit() {
        return locations.transit();
    }

    /** The code of a location's parent (a van's store), if it has one. */
    public Optional<String> parentCode(String code) {
        return locations.parentCode(code);
    }

    /** A location as shown. */
    public LocationView locationView(String code) {
        return locations.view(code);
    }

    /** A supplier by code; unknown: NotFound ({@link SupplierDirectory}). */
    public SupplierInfo supplier(String code) {
        return suppliers.supplier(code);
    }

    /** A supplier by id. */
    public SupplierInfo supplierById(long id) {
        return suppliers.supplierById(id);
    }

    /** A supplier by code, if there is one. */
    public Optional<SupplierInfo> findSupplier(String code) {
        return suppliers.findSupplier(code);
    }

    /** Merges a price list's lines into the supplier's offers ({@link PriceList#merge}). */
    public List<OfferOutcome> mergeOffers(SupplierInfo supplier, List<PriceLine> lines, boolean apply,
                                          @Nullable Long importId) {
        return prices.merge(supplier, lines, apply, importId);
    }

    /** Writes the lines as new offers in bulk; empty, with nothing written, when they cannot be ({@link PriceList#mergeNew}). */
    public Optional<List<OfferOutcome>> mergeNewOffers(SupplierInfo supplier, List<PriceLine> lines,
                                                       @Nullable Long importId) {
        return prices.mergeNew(supplier, lines, importId);
    }

    /** Whether the supplier has no offer yet. */
    public boolean hasNoOffers(SupplierInfo supplier) {
        return prices.hasNoOffers(supplier);
    }

    /** Our parts by sku, among those given ({@link ImportedParts}). */
    public Map<String, Long> partIdsBySku(Collection<String> skus) {
        return imported.partIdsBySku(skus);
    }

    /** A finder of parts by sku for one price list, read chunk after chunk. */
    public PartIdsBySku partsBySku() {
        return imported.partsBySku();
    }

    /** Manufacturer references that name exactly one of our parts. */
    public Map<String, Long> partIdsByUniqueManufacturerRef(Collection<String> references) {
        return imported.partIdsByUniqueManufacturerRef(references);
    }

    /** Creates parts met for the first time in a price list, but for those another import created meanwhile. */
    public NewParts createParts(Map<String, String> namesBySku, @Nullable String manufacturer) {
        return imported.createParts(namesBySku, manufacturer);
    }
}
