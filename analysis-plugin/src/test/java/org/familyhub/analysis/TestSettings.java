package org.familyhub.analysis;

import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Map;

import org.elasticsearch.plugin.settings.BooleanSetting;
import org.elasticsearch.plugin.settings.IntSetting;
import org.elasticsearch.plugin.settings.ListSetting;
import org.elasticsearch.plugin.settings.StringSetting;

/** Implements an @AnalysisSettings interface from a map, the way Elasticsearch's proxy does. */
final class TestSettings {

    private TestSettings() {
    }

    static <T> T of(Class<T> type, Map<String, ?> values) {
        Object proxy = Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
            (p, method, args) -> value(method, values));
        return type.cast(proxy);
    }

    static <T> T empty(Class<T> type) {
        return of(type, Map.of());
    }

    private static Object value(Method method, Map<String, ?> values) {
        IntSetting intSetting = method.getAnnotation(IntSetting.class);
        if (intSetting != null) {
            Object v = values.get(intSetting.path());
            return v == null ? intSetting.defaultValue() : ((Number) v).intValue();
        }
        BooleanSetting booleanSetting = method.getAnnotation(BooleanSetting.class);
        if (booleanSetting != null) {
            Object v = values.get(booleanSetting.path());
            return v == null ? booleanSetting.defaultValue() : v;
        }
        StringSetting stringSetting = method.getAnnotation(StringSetting.class);
        if (stringSetting != null) {
            Object v = values.get(stringSetting.path());
            return v == null ? stringSetting.defaultValue() : v;
        }
        ListSetting listSetting = method.getAnnotation(ListSetting.class);
        if (listSetting != null) {
            Object v = values.get(listSetting.path());
            return v == null ? List.of() : v;
        }
        throw new IllegalArgumentException("no setting annotation on " + method);
    }
}
