package fr.sav.inventory.labels;

import fr.sav.inventory.stock.Condition;
import fr.sav.labelprinter.LabelKind;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import java.util.List;

/**
 * Labels of parts, locations, units and repair-order follow sheets ({@code ?format=png|pdf|zpl}, {@code size}
 * in millimetres such as 50x30, {@code dpi}); A4 sheets of labels as PDF; ZPL sent to thermal printers.
 */
@Controller("/api/labels")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Labels")
class LabelController {

    private final LabelPrinting labels;

    LabelController(LabelPrinting labels) {
        this.labels = labels;
    }

    @Get("/parts/{sku}")
    HttpResponse<byte[]> part(String sku, @Nullable @QueryValue String format, @Nullable @QueryValue String size,
                              @Nullable @QueryValue Integer dpi, @Nullable @QueryValue Condition condition,
                              @Nullable @QueryValue String bin, @Nullable @QueryValue String symbology) {
        return answer(labels.render(LabelKind.PART, sku, format, size, dpi, condition, bin, symbology));
    }

    @Get("/locations/{code}")
    HttpResponse<byte[]> location(String code, @Nullable @QueryValue String format, @Nullable @QueryValue String size,
                                  @Nullable @QueryValue Integer dpi, @Nullable @QueryValue String symbology) {
        return answer(labels.render(LabelKind.LOCATION, code, format, size, dpi, null, null, symbology));
    }

    @Get("/units/{serial}")
    HttpResponse<byte[]> unit(String serial, @Nullable @QueryValue String format, @Nullable @QueryValue String size,
                              @Nullable @QueryValue Integer dpi, @Nullable @QueryValue String symbology) {
        return answer(labels.render(LabelKind.UNIT, serial, format, size, dpi, null, null, symbology));
    }

    @Get("/repair-orders/{number}")
    HttpResponse<byte[]> repairOrder(String number, @Nullable @QueryValue String format, @Nullable @QueryValue String size,
                                     @Nullable @QueryValue Integer dpi, @Nullable @QueryValue String symbology) {
        return answer(labels.render(LabelKind.REPAIR_ORDER, number, format, size, dpi, null, null, symbology));
    }

    @Post(value = "/sheet", produces = "application/pdf")
    HttpResponse<byte[]> sheet(@Body @Valid LabelRequests.Sheet request) {
        return HttpResponse.ok(labels.sheet(request)).contentType("application/pdf")
                .header("Content-Disposition", "inline; filename=\"labels.pdf\"");
    }

    @Get("/printers")
    List<LabelRequests.Printer> printers() {
        return labels.printers();
    }

    @Post("/print")
    @Secured({"STOREKEEPER", "WORKSHOP", "MANAGER"})
    LabelRequests.Printed print(@Body @Valid LabelRequests.Print request) {
        return labels.print(request);
    }

    private static HttpResponse<byte[]> answer(LabelPrinting.Rendered label) {
        return HttpResponse.ok(label.bytes()).contentType(MediaType.of(label.mediaType()))
                .header("Content-Disposition", "inline; filename=\"" + label.fileName() + "\"");
    }
}
