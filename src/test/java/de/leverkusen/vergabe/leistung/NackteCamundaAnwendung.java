package de.leverkusen.vergabe.leistung;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;

/**
 * The start-up baseline of the benchmark: Camunda 7.24 with the application's starters and libraries (the packaged
 * jar's {@code lib/}), no application code, no models, no migrations. Deliberately neither {@code @Configuration} nor
 * {@code @Component}: the application's component scan of the tests must not find it.
 */
@EnableAutoConfiguration
public class NackteCamundaAnwendung {

    public static void main(String[] args) {
        SpringApplication.run(NackteCamundaAnwendung.class, args);
    }
}
