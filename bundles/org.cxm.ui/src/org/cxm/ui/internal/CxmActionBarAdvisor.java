package org.cxm.ui.internal;

import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.actions.ContributionItemFactory;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;

/**
 * The workbench window's menus: File (save, exit), Window (perspectives, views, preferences) and Help. Views
 * and perspectives add their own commands to the slots named by {@link IWorkbenchActionConstants}.
 */
final class CxmActionBarAdvisor extends ActionBarAdvisor {

    CxmActionBarAdvisor(IActionBarConfigurer configurer) {
        super(configurer);
    }

    @Override
    protected void fillMenuBar(IMenuManager menuBar) {
        IWorkbenchWindow window = getActionBarConfigurer().getWindowConfigurer().getWindow();
        MenuManager file = new MenuManager("&File", IWorkbenchActionConstants.M_FILE);
        file.add(new Separator(IWorkbenchActionConstants.FILE_START));
        file.add(keep(ActionFactory.SAVE.create(window)));
        file.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
        file.add(new Separator());
        file.add(keep(ActionFactory.QUIT.create(window)));
        file.add(new Separator(IWorkbenchActionConstants.FILE_END));

        MenuManager edit = new MenuManager("&Edit", IWorkbenchActionConstants.M_EDIT);
        edit.add(keep(ActionFactory.UNDO.create(window)));
        edit.add(keep(ActionFactory.REDO.create(window)));
        edit.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));

        MenuManager perspectives = new MenuManager("Open &Perspective");
        perspectives.add(ContributionItemFactory.PERSPECTIVES_SHORTLIST.create(window));
        MenuManager views = new MenuManager("Show &View");
        views.add(ContributionItemFactory.VIEWS_SHORTLIST.create(window));
        MenuManager windowMenu = new MenuManager("&Window", IWorkbenchActionConstants.M_WINDOW);
        windowMenu.add(perspectives);
        windowMenu.add(views);
        windowMenu.add(keep(ActionFactory.RESET_PERSPECTIVE.create(window)));
        windowMenu.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
        windowMenu.add(keep(ActionFactory.PREFERENCES.create(window)));

        MenuManager help = new MenuManager("&Help", IWorkbenchActionConstants.M_HELP);
        help.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
        help.add(keep(ActionFactory.ABOUT.create(window)));

        menuBar.add(file);
        menuBar.add(edit);
        menuBar.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
        menuBar.add(windowMenu);
        menuBar.add(help);
    }

    /** Registers {@code action} so that its key binding works and it is disposed with the window. */
    private ActionFactory.IWorkbenchAction keep(ActionFactory.IWorkbenchAction action) {
        register(action);
        return action;
    }
}
