package org.familyhub.workspace;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.familyhub.account.PortalUser;
import org.familyhub.workspace.quality.QualityKind;
import org.familyhub.workspace.quality.QualityRun;
import org.familyhub.workspace.quality.QualityTask;
import org.familyhub.workspace.quality.QualityTaskStore;
import org.springframework.stereotype.Service;

/**
 * Editors' data quality tasks (#20): what the nightly checks found, a page at a time; a check run on demand;
 * a task dismissed with the reason it is not a problem, which later runs respect.
 */
@Service
public class DataQuality {

    public static final int PAGE = 20;
    public static final int REASON_LENGTH = 1000;

    private final QualityTaskStore store;
    private final QualityRun run;
    private final WorkspaceAccess access;

    DataQuality(QualityTaskStore store, QualityRun run, WorkspaceAccess access) {
        this.store = store;
        this.run = run;
        this.access = access;
    }

    /** Page {@code page} (from 1) of the open tasks, {@link #PAGE} to a page. */
    public List<QualityTask> tasks(int page) {
        access.editor();
        return store.open((Math.max(1, page) - 1) * PAGE, PAGE);
    }

    public Map<QualityKind, Integer> openCounts() {
        access.editor();
        return store.openCounts();
    }

    /** Starts the checks now, in the background; a run already under way is not started twice. */
    public void checkNow() {
        access.editor();
        run.startNow();
    }

    /**
     * Dismisses a task: it stays dismissed on later runs while the same problem is found.
     *
     * @return false when it was already dismissed
     * @throws IllegalArgumentException when there is no reason, or one too long
     */
    public boolean dismiss(UUID task, String reason) {
        PortalUser editor = access.editor();
        String why = reason.strip();
        if (why.isEmpty() || why.length() > REASON_LENGTH) {
            throw new IllegalArgumentException("reason");
        }
        return store.dismiss(task, editor.username(), why);
    }
}
