package fr.sav.inventory.purchasing.forecast;

/** Sums the squared one-step-ahead errors of a forecast replayed over a history. */
final class OneStepErrors {

    private double sumOfSquares;
    private int count;

    void add(int actual, double forecast) {
        double error = actual - forecast;
        sumOfSquares += error * error;
        count++;
    }

    Forecast forecast(Method method, double perWeek) {
        return new Forecast(method, perWeek, count == 0 ? 0 : Math.sqrt(sumOfSquares / count));
    }
}
