package fr.sav.inventory.purchasing.forecast;

/**
 * A method's forecast of the mean demand per week and the spread of one week's demand around it: the root
 * mean square of the one-step-ahead errors over the history (for the prior, the compound-Poisson spread).
 */
public record Forecast(Method method, double perWeek, double errorPerWeek) {
}
