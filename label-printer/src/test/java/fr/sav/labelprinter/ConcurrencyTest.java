package fr.sav.labelprinter;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ConcurrencyTest {

    private static final int THREADS = 4;
    private static final int ROUNDS = 25;

    private final Labels labels = new Labels();

    @Test
    void renderingFromManyThreadsGivesWhatOneThreadGives() throws Exception {
        List<Label> all = TestLabels.all().toList();
        List<byte[]> png = all.stream().map(l -> labels.png(l, LabelSize.MM_57X32, Dpi.ZEBRA_300)).toList();
        List<String> zpl = all.stream().map(l -> labels.zpl(l, LabelSize.MM_57X32, Dpi.ZEBRA_300, 1)).toList();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<?>> runs = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                runs.add(pool.submit(() -> {
                    for (int round = 0; round < ROUNDS; round++) {
                        for (int i = 0; i < all.size(); i++) {
                            assertArrayEquals(png.get(i), labels.png(all.get(i), LabelSize.MM_57X32, Dpi.ZEBRA_300));
                            assertEquals(zpl.get(i), labels.zpl(all.get(i), LabelSize.MM_57X32, Dpi.ZEBRA_300, 1));
                            labels.pdf(all.get(i), LabelSize.MM_57X32, Dpi.ZEBRA_300);
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> run : runs) {
                run.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
