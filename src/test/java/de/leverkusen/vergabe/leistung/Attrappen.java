package de.leverkusen.vergabe.leistung;

import de.leverkusen.vergabe.prozess.formular.FormularPruefungPlugin;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.aopalliance.intercept.MethodInterceptor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateListener;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.core.model.CoreModelElement;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.springframework.aop.framework.Advised;
import org.springframework.aop.framework.ProxyFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Profile;

/**
 * Stand-ins for the application's code in the models, for the benchmark "our code's cost" (profile
 * {@code leistung-attrappen}, added by the harness as a source of its context; neither {@code @Configuration} nor
 * {@code @Component}, so no component scan of the application or its tests finds it).
 *
 * <p>Every bean of package {@code prozess} that the models call (delegates, task and execution listeners, the
 * expression beans such as {@code verfahren} or {@code fristen}, the instance binding) and the form checks the
 * parse listener attaches to every user task are wrapped. {@link Modus#ECHT}: the real code runs (the wrapper only
 * passes the call on). {@link Modus#AUFZEICHNEN}: the real code runs and the wrapper records, per bean, method and
 * activity in call order, what it returned and which process variables it set. {@link Modus#ATTRAPPE}: no code of
 * ours runs; the wrapper sets the recorded variables (what gateways, multi-instance collections, timers, input
 * mappings and the next forms read) and returns the recorded value. So a tender with stand-ins does all the engine's
 * work of a real one, with the same input, and none of the application's.
 */
@Profile("leistung-attrappen")
public class Attrappen {

    public enum Modus { ECHT, AUFZEICHNEN, ATTRAPPE }

    private static volatile Modus modus = Modus.ECHT;
    private static final Map<String, List<Ergebnis>> AUFZEICHNUNG = new HashMap<>();
    private static final Map<String, AtomicInteger> ZAEHLER = new HashMap<>();
    private static final AtomicInteger AUFRUFE = new AtomicInteger();

    /** What one call of our code did: its return value and its writes of variables (path to the scope, method, args). */
    private record Ergebnis(Object rueckgabe, List<Schreiben> schreiben) {
    }

    private record Schreiben(List<String> pfad, String methode, Object[] argumente) {
    }

    /** Bean names of package prozess that are no code the models call. */
    private static final Set<String> AUSGENOMMEN = Set.of();

    public static void modus(Modus neu) {
        synchronized (AUFZEICHNUNG) {
            if (neu == Modus.AUFZEICHNEN) {
                AUFZEICHNUNG.clear();
            }
            ZAEHLER.clear();
            AUFRUFE.set(0);
        }
        modus = neu;
    }

    /** Calls of our code the wrappers saw since the last {@link #modus} (to check that they wrap anything). */
    public static int aufrufe() {
        return AUFRUFE.get();
    }

    private static volatile boolean zeitnahme;
    private static final Map<String, java.util.concurrent.atomic.LongAdder> ZEITEN = new java.util.concurrent.ConcurrentHashMap<>();

    /** With real code: sums the time spent in each bean (inclusive: a delegate's time contains the binding's it calls). */
    public static void zeitnahme(boolean an) {
        if (an) {
            ZEITEN.clear();
        }
        zeitnahme = an;
    }

    /** Beans by the time spent in them since {@link #zeitnahme}, most first: name and nanoseconds. */
    public static List<Map.Entry<String, Long>> zeiten() {
        return ZEITEN.entrySet().stream().map(e -> Map.entry(e.getKey(), e.getValue().sum()))
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed()).toList();
    }

    /** Recorded calls per bean, for the harness's log (shows that the form checks and the binding are wrapped). */
    public static Map<String, Integer> aufgezeichnetJeBean() {
        Map<String, Integer> je = new java.util.TreeMap<>();
        synchronized (AUFZEICHNUNG) {
            AUFZEICHNUNG.forEach((k, v) -> je.merge(k.substring(0, k.indexOf('.')), v.size(), Integer::sum));
        }
        return je;
    }

    public static int aufgezeichnet() {
        synchronized (AUFZEICHNUNG) {
            return AUFZEICHNUNG.values().stream().mapToInt(List::size).sum();
        }
    }

    /** the shared engine infrastructure and each capability's engine adapters (ADR 15) */
    private static boolean istProzessadapter(Class<?> klasse) {
        String paket = klasse.getPackageName();
        return paket.equals("de.leverkusen.vergabe.prozess") || paket.startsWith("de.leverkusen.vergabe.") && paket.endsWith(".prozess");
    }

    @Bean
    static BeanPostProcessor attrappenHuelle() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                Class<?> klasse = org.springframework.aop.support.AopUtils.getTargetClass(bean);
                if (!istProzessadapter(klasse) || bean instanceof ProcessEnginePlugin
                        || AUSGENOMMEN.contains(name) || java.lang.reflect.Modifier.isFinal(klasse.getModifiers())) {
                    return bean;
                }
                MethodInterceptor huelle = aufruf -> {
                    if (aufruf.getMethod().getDeclaringClass() == Object.class) {
                        return aufruf.proceed();
                    }
                    Object[] argumente = aufruf.getArguments();
                    return aufrufen(name, bean instanceof JavaDelegate || bean instanceof TaskListener || bean instanceof ExecutionListener,
                            aufruf.getMethod().getName(), argumente, () -> aufruf.proceed());
                };
                if (bean instanceof Advised advised) {
                    advised.addAdvice(0, huelle);
                    return bean;
                }
                ProxyFactory fabrik = new ProxyFactory(bean);
                fabrik.setProxyTargetClass(true);
                fabrik.addAdvice(huelle);
                return fabrik.getProxy(klasse.getClassLoader());
            }
        };
    }

    /** Wraps the form checks that the form plugin attaches to every user task and start event while parsing. */
    @Bean
    static ProcessEnginePlugin attrappenFormularpruefung() {
        return new AbstractProcessEnginePlugin() {
            @Override
            public void preInit(ProcessEngineConfigurationImpl configuration) {
                List<org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener> danach = new ArrayList<>(
                        java.util.Objects.requireNonNullElse(configuration.getCustomPostBPMNParseListeners(), List.of()));
                configuration.setCustomPostBPMNParseListeners(danach);
                danach.add(new AbstractBpmnParseListener() {
                    @Override
                    public void parseProcess(Element processElement, ProcessDefinitionEntity processDefinition) {
                        // called after all elements of the process were parsed, so the form checks are attached by now
                        umhuellen(processDefinition);
                    }
                });
            }
        };
    }

    private static void umhuellen(ScopeImpl scope) {
        for (ActivityImpl a : scope.getActivities()) {
            if (a.getActivityBehavior() instanceof UserTaskActivityBehavior u) {
                TaskDefinition d = u.getTaskDefinition();
                ersetzen(d.getBuiltinTaskListeners());
                ersetzen(d.getTaskListeners());
                // the engine calls a merged copy of both, built when a listener is added: rebuild it
                try {
                    java.lang.reflect.Method neu = TaskDefinition.class.getDeclaredMethod("populateAllTaskListeners");
                    neu.setAccessible(true);
                    neu.invoke(d);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
            ersetzenAusfuehrung(a);
            umhuellen(a);
        }
    }

    private static final Map<Object, Object> HUELLEN = new java.util.IdentityHashMap<>();

    /** Form checks wrapped while parsing (the harness prints it: a wrapper that wraps nothing measures nothing). */
    public static int formularpruefungenUmhuellt() {
        synchronized (HUELLEN) {
            return HUELLEN.size();
        }
    }

    private static void ersetzen(Map<String, List<TaskListener>> listener) {
        for (List<TaskListener> liste : listener.values()) {
            liste.replaceAll(l -> !istFormularpruefung(l) ? l : (TaskListener) HUELLEN.computeIfAbsent(l,
                    x -> (TaskListener) t -> ungeprueft("formularpruefung", new Object[] {t}, () -> {
                        l.notify(t);
                        return null;
                    })));
        }
    }

    private static void ersetzenAusfuehrung(CoreModelElement element) {
        for (Map<String, List<DelegateListener<? extends org.camunda.bpm.engine.delegate.BaseDelegateExecution>>> karte
                : List.of(element.getBuiltInListeners(), element.getListeners())) {
            for (List<DelegateListener<? extends org.camunda.bpm.engine.delegate.BaseDelegateExecution>> liste : karte.values()) {
                liste.replaceAll(l -> !istFormularpruefung(l) ? l : (ExecutionListener) HUELLEN.computeIfAbsent(l,
                        x -> (ExecutionListener) e -> ungeprueft("formularpruefung", new Object[] {e}, () -> {
                            ((ExecutionListener) l).notify(e);
                            return null;
                        })));
            }
        }
    }

    private static boolean istFormularpruefung(Object l) {
        return l.getClass().getPackage() == FormularPruefungPlugin.class.getPackage() && l.getClass().getSimpleName().equals("FormularPruefung");
    }

    /** For the listeners' notify, which declares no exception: rethrows what the real check threw, unchanged. */
    private static void ungeprueft(String bean, Object[] argumente, Aufruf echt) {
        try {
            aufrufen(bean, false, "notify", argumente, echt);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    private interface Aufruf {
        Object weiter() throws Throwable;
    }

    private static Object aufrufen(String bean, boolean schreibt, String methode, Object[] argumente, Aufruf echt) throws Throwable {
        Modus m = modus;
        for (int i = 0; i < argumente.length; i++) {
            // a recording proxy handed on to other code of ours (e.g. the binding, which walks the engine's executions)
            if (argumente[i] != null && Proxy.isProxyClass(argumente[i].getClass()) && Proxy.getInvocationHandler(argumente[i]) instanceof Aufzeichner z) {
                argumente[i] = z.echt;
            }
        }
        if (m == Modus.ECHT) {
            if (!zeitnahme) {
                return echt.weiter();
            }
            long t0 = System.nanoTime();
            try {
                return echt.weiter();
            } finally {
                ZEITEN.computeIfAbsent(bean, b -> new java.util.concurrent.atomic.LongAdder()).add(System.nanoTime() - t0);
            }
        }
        AUFRUFE.incrementAndGet();
        String schluessel = schluessel(bean, methode, argumente);
        if (m == Modus.AUFZEICHNEN) {
            List<Schreiben> schreiben = new ArrayList<>();
            if (schreibt) {
                for (int i = 0; i < argumente.length; i++) {
                    if (argumente[i] instanceof DelegateExecution e) {
                        argumente[i] = aufzeichnend(e, DelegateExecution.class, List.of(), schreiben);
                    } else if (argumente[i] instanceof DelegateTask t) {
                        argumente[i] = aufzeichnend(t, DelegateTask.class, List.of(), schreiben);
                    }
                }
            }
            Object rueckgabe = echt.weiter();
            synchronized (AUFZEICHNUNG) {
                AUFZEICHNUNG.computeIfAbsent(schluessel, k -> new ArrayList<>()).add(new Ergebnis(rueckgabe, schreiben));
            }
            return rueckgabe;
        }
        Ergebnis e;
        synchronized (AUFZEICHNUNG) {
            List<Ergebnis> liste = AUFZEICHNUNG.get(schluessel);
            if (liste == null) {
                throw new IllegalStateException("Attrappe: kein aufgezeichneter Aufruf " + schluessel);
            }
            int n = ZAEHLER.computeIfAbsent(schluessel, k -> new AtomicInteger()).getAndIncrement();
            e = liste.get(Math.min(n, liste.size() - 1));
        }
        for (Schreiben s : e.schreiben()) {
            Object ziel = Arrays.stream(argumente).filter(a -> a instanceof DelegateExecution || a instanceof DelegateTask).findFirst().orElseThrow();
            for (String schritt : s.pfad()) {
                ziel = ziel.getClass().getMethod(schritt).invoke(ziel);
            }
            for (java.lang.reflect.Method mm : ziel.getClass().getMethods()) {
                if (mm.getName().equals(s.methode()) && mm.getParameterCount() == s.argumente().length && passt(mm, s.argumente())) {
                    mm.invoke(ziel, s.argumente());
                    break;
                }
            }
        }
        return e.rueckgabe();
    }

    private static boolean passt(java.lang.reflect.Method m, Object[] argumente) {
        Class<?>[] typen = m.getParameterTypes();
        for (int i = 0; i < typen.length; i++) {
            if (argumente[i] != null && !typen[i].isInstance(argumente[i]) && !typen[i].isPrimitive()) {
                return false;
            }
        }
        return true;
    }

    /** Bean, method, the activity of the execution or task it was called for, and the other arguments. */
    private static String schluessel(String bean, String methode, Object[] argumente) {
        StringBuilder sb = new StringBuilder(bean).append('.').append(methode);
        for (Object a : argumente) {
            sb.append('|');
            if (a instanceof DelegateTask t) {
                sb.append("task:").append(t.getTaskDefinitionKey()).append(':').append(t.getEventName());
            } else if (a instanceof DelegateExecution e) {
                sb.append("execution:").append(e.getCurrentActivityId()).append(':').append(e.getEventName());
            } else {
                sb.append(a);
            }
        }
        return sb.toString();
    }

    private static final Set<String> SCHREIBEND = Set.of("setVariable", "setVariableLocal", "setVariables", "setVariablesLocal",
            "removeVariable", "removeVariableLocal", "removeVariables", "removeVariablesLocal");

    /** A proxy of the execution or task that passes every call on and records the writes of variables. */
    @SuppressWarnings("unchecked")
    private static <T> T aufzeichnend(Object echt, Class<T> typ, List<String> pfad, List<Schreiben> schreiben) {
        return (T) Proxy.newProxyInstance(Attrappen.class.getClassLoader(), new Class<?>[] {typ}, new Aufzeichner(echt, pfad, schreiben));
    }

    private static final class Aufzeichner implements InvocationHandler {
        final Object echt;
        final List<String> pfad;
        final List<Schreiben> schreiben;

        Aufzeichner(Object echt, List<String> pfad, List<Schreiben> schreiben) {
            this.echt = echt;
            this.pfad = pfad;
            this.schreiben = schreiben;
        }

        @Override
        public Object invoke(Object proxy, java.lang.reflect.Method m, Object[] args) throws Throwable {
            Object[] a = args == null ? new Object[0] : args;
            if (SCHREIBEND.contains(m.getName())) {
                schreiben.add(new Schreiben(pfad, m.getName(), a.clone()));
            }
            Object r;
            try {
                r = m.invoke(echt, a);
            } catch (InvocationTargetException ex) {
                throw ex.getCause();
            }
            if (r instanceof DelegateExecution e && m.getParameterCount() == 0) {
                List<String> weiter = new ArrayList<>(pfad);
                weiter.add(m.getName());
                return aufzeichnend(e, DelegateExecution.class, weiter, schreiben);
            }
            return r;
        }
    }
}
