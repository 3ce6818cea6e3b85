package de.leverkusen.vergabe;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class VergabeApplication {

    public static void main(String[] args) {
        SpringApplication.run(VergabeApplication.class, args);
    }
}
