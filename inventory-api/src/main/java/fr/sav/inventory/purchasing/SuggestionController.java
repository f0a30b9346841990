package fr.sav.inventory.purchasing;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.tags.Tag;

import java.util.List;

@Controller("/api/reorder-suggestions")
@Secured({"BUYER", "MANAGER"})
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Purchasing")
class SuggestionController {

    private final ReorderSuggestions suggestions;

    SuggestionController(ReorderSuggestions suggestions) {
        this.suggestions = suggestions;
    }

    /** Parts whose net position is below their reorder point, with the explanation of every figure. */
    @Get
    List<SuggestionView> suggestions(@Nullable @QueryValue String supplier, @Nullable @QueryValue String family) {
        return suggestions.suggest(supplier, family);
    }
}
