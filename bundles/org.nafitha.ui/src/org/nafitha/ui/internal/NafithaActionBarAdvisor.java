package org.nafitha.ui.internal;

import org.eclipse.jface.action.GroupMarker;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;

/** The menu bar's anchor: the menus themselves are contributed in plugin.xml (org.eclipse.ui.menus). */
final class NafithaActionBarAdvisor extends ActionBarAdvisor {

    NafithaActionBarAdvisor(IActionBarConfigurer configurer) {
        super(configurer);
    }

    @Override
    protected void makeActions(IWorkbenchWindow window) {
        // the workbench's About and Preferences dialogs: registering the actions gives their commands a handler
        register(ActionFactory.ABOUT.create(window));
        register(ActionFactory.PREFERENCES.create(window));
    }

    @Override
    protected void fillMenuBar(IMenuManager menuBar) {
        menuBar.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
    }
}
