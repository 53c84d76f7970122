package org.cxm.design.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.cxm.design.internal.DesignPlugin;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.ILogListener;
import org.eclipse.core.runtime.IStatus;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/** Without Sirius, the design bundle still starts, says once why its viewpoints are not available, and works. */
class DesignPluginTest {

    @Test
    void startsWithoutSiriusAndSaysSo() throws Exception {
        Bundle design = FrameworkUtil.getBundle(DesignPlugin.class);
        design.stop();
        List<IStatus> logged = new ArrayList<>();
        ILogListener listener = (status, plugin) -> logged.add(status);
        ILog log = ILog.of(design);
        log.addLogListener(listener);
        try {
            design.start();
        } finally {
            log.removeLogListener(listener);
        }

        assertEquals(Bundle.ACTIVE, design.getState());
        assertEquals(1, logged.size(), "one line about Sirius: " + logged);
        assertEquals(IStatus.INFO, logged.get(0).getSeverity());
        assertTrue(logged.get(0).getMessage().startsWith("Sirius is not installed"), logged.get(0).getMessage());
    }
}
