package de.leverkusen.vergabe.konfiguration;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.net.MalformedURLException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import org.apache.catalina.Lifecycle;
import org.apache.catalina.WebResourceRoot;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * Serves the {@code META-INF/resources} of the jars that the application jar names in its manifest's
 * {@code Class-Path}, as Tomcat does for the jars of a fat jar or of a class path.
 * <p>
 * Why: the extracted application ({@code target/app}, started with {@code java -jar} and its CDS archive) finds its
 * libraries through that manifest entry, and Spring Boot registers static resource jars only from the JVM's class
 * path, which then holds the application jar alone. The webapps' plugin scripts live in the webjar's
 * {@code META-INF/resources/plugin/...} and are read through the servlet context, so without this Tasklist, Cockpit
 * and Admin answer their plugin.js with 404 and never show the login.
 */
@Component
public class ManifestKlassenpfadRessourcen implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

    private static final String RESSOURCEN = "META-INF/resources";

    @Override
    public void customize(TomcatServletWebServerFactory fabrik) {
        List<URL> jars = ressourcenJarsAusManifesten(ManagementFactory.getRuntimeMXBean().getClassPath());
        if (jars.isEmpty()) {
            return;
        }
        fabrik.addContextCustomizers(context -> context.addLifecycleListener(ereignis -> {
            if (Lifecycle.CONFIGURE_START_EVENT.equals(ereignis.getType())) {
                for (URL jar : jars) {
                    context.getResources().createWebResourceSet(WebResourceRoot.ResourceSetType.RESOURCE_JAR, "/", jar,
                            "/" + RESSOURCEN);
                }
            }
        }));
    }

    /**
     * The jars with static resources that the class path's jars name in their manifests and that are not on the
     * class path themselves (those Spring Boot registers already), as {@code jar:file:...!/} URLs.
     */
    static List<URL> ressourcenJarsAusManifesten(String klassenpfad) {
        Set<Path> aufDemKlassenpfad = new LinkedHashSet<>();
        for (String eintrag : klassenpfad.split(File.pathSeparator)) {
            if (!eintrag.isBlank()) {
                aufDemKlassenpfad.add(Path.of(eintrag).toAbsolutePath().normalize());
            }
        }
        Set<Path> gefunden = new LinkedHashSet<>();
        for (Path jar : aufDemKlassenpfad) {
            if (Files.isRegularFile(jar) && jar.toString().endsWith(".jar")) {
                for (Path bibliothek : manifestKlassenpfad(jar)) {
                    if (!aufDemKlassenpfad.contains(bibliothek) && hatRessourcen(bibliothek)) {
                        gefunden.add(bibliothek);
                    }
                }
            }
        }
        List<URL> urls = new ArrayList<>();
        for (Path jar : gefunden) {
            try {
                urls.add(new URL("jar:" + jar.toUri() + "!/"));
            } catch (MalformedURLException e) {
                throw new IllegalStateException(jar.toString(), e);
            }
        }
        return urls;
    }

    /** The entries of the manifest's Class-Path, resolved against the jar's folder; none if it has no such entry. */
    private static List<Path> manifestKlassenpfad(Path jar) {
        try (JarFile datei = new JarFile(jar.toFile())) {
            Manifest manifest = datei.getManifest();
            String eintraege = manifest == null ? null : manifest.getMainAttributes().getValue(Attributes.Name.CLASS_PATH);
            List<Path> pfade = new ArrayList<>();
            if (eintraege != null) {
                for (String eintrag : eintraege.trim().split("\\s+")) {
                    if (!eintrag.isEmpty()) {
                        pfade.add(Path.of(jar.getParent().toUri().resolve(eintrag)).normalize());
                    }
                }
            }
            return pfade;
        } catch (IOException e) {
            throw new UncheckedIOException("Manifest von " + jar + " nicht lesbar", e);
        }
    }

    private static boolean hatRessourcen(Path jar) {
        if (!Files.isRegularFile(jar) || !jar.toString().endsWith(".jar")) {
            return false;
        }
        try (JarFile datei = new JarFile(jar.toFile())) {
            return datei.stream().anyMatch(e -> e.getName().startsWith(RESSOURCEN + "/"));
        } catch (IOException e) {
            throw new UncheckedIOException("Bibliothek " + jar + " nicht lesbar", e);
        }
    }
}
