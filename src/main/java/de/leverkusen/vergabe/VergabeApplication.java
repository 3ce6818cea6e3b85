package de.leverkusen.vergabe;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class VergabeApplication {

    public static void main(String[] args) {
        SpringApplication.run(VergabeApplication.class, args);
    }
}
