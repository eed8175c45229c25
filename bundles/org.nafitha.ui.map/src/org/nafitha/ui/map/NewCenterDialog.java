package org.nafitha.ui.map;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * Asks for a new center's names in English and in Arabic (the Arabic field runs right to left). One name is enough:
 * the other is then taken from it, and the dialog says so, so the planner knows what the other-language user will see.
 */
public final class NewCenterDialog extends TitleAreaDialog {

    private Text english;
    private Text arabic;
    private String nameEn;
    private String nameAr;

    public NewCenterDialog(Shell parent) {
        super(parent);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(Messages.newCenterTitle);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle(Messages.newCenterTitle);
        setMessage(Messages.newCenterMessage);
        Composite fields = new Composite(area, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(fields);
        GridLayoutFactory.swtDefaults().numColumns(2).margins(10, 10).applyTo(fields);
        english = field(fields, Messages.newCenterNameEn, SWT.LEFT_TO_RIGHT);
        english.setText(Messages.newCenterName);
        english.selectAll();
        arabic = field(fields, Messages.newCenterNameAr, SWT.RIGHT_TO_LEFT);
        english.addModifyListener(e -> validate());
        arabic.addModifyListener(e -> validate());
        return area;
    }

    private static Text field(Composite parent, String label, int orientation) {
        new Label(parent, SWT.NONE).setText(label);
        Text text = new Text(parent, SWT.BORDER | orientation);
        GridDataFactory.fillDefaults().grab(true, false).hint(320, SWT.DEFAULT).applyTo(text);
        return text;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        super.createButtonsForButtonBar(parent);
        validate();
    }

    private void validate() {
        if (english == null || arabic == null) {
            return;
        }
        boolean en = !english.getText().isBlank();
        boolean ar = !arabic.getText().isBlank();
        if (!en && !ar) {
            setErrorMessage(Messages.newCenterEmpty);
        } else {
            setErrorMessage(null);
            setMessage(en && ar ? Messages.newCenterMessage : Messages.newCenterOneName);
        }
        if (getButton(IDialogConstants.OK_ID) != null) {
            getButton(IDialogConstants.OK_ID).setEnabled(en || ar);
        }
    }

    /** Sets the two fields, as a planner types them (for tests and for callers that suggest names). */
    public void setNames(String en, String ar) {
        english.setText(en == null ? "" : en);
        arabic.setText(ar == null ? "" : ar);
    }

    @Override
    protected void okPressed() {
        String en = english.getText().strip();
        String ar = arabic.getText().strip();
        nameEn = en.isEmpty() ? ar : en;
        nameAr = ar.isEmpty() ? en : ar;
        super.okPressed();
    }

    /** The English name given (or the Arabic one when only that was given); null before OK. */
    public String nameEn() {
        return nameEn;
    }

    /** The Arabic name given (or the English one when only that was given); null before OK. */
    public String nameAr() {
        return nameAr;
    }
}
