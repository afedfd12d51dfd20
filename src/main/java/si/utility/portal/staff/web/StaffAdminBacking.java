package si.utility.portal.staff.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import si.utility.portal.platform.validation.Violations;
import si.utility.portal.platform.web.FormMessages;
import si.utility.portal.staff.domain.StaffAccount;
import si.utility.portal.staff.domain.StaffRole;
import si.utility.portal.staff.security.SignedInStaff;
import si.utility.portal.staff.service.StaffAccounts;
import si.utility.portal.staff.service.StaffActionRefusedException;
import si.utility.portal.staff.service.StaffAdministration;

/** staff/admin/staff.xhtml: the staff accounts, and inviting a new clerk or admin. */
@Named
@ViewScoped
public class StaffAdminBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "invite";

    @Inject
    StaffAccounts accounts;

    @Inject
    StaffAdministration administration;

    @Inject
    SignedInStaff staff;

    private String email;
    private String name;
    private StaffRole role = StaffRole.CLERK;
    private transient List<StaffAccount> list;

    public List<StaffAccount> getStaffAccounts() {
        if (list == null) {
            list = accounts.list();
        }
        return list;
    }

    public void invite() {
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        Violations violations = administration.invite(staff.member(), email, name, role, locale);
        if (!violations.isEmpty()) {
            FormMessages.show(FORM, violations);
            return;
        }
        FormMessages.globalInfo("staff.admin.invited", email.strip());
        email = null;
        name = null;
        role = StaffRole.CLERK;
        list = null;
    }

    public void disable(long staffId) {
        act(() -> administration.setDisabled(staff.member(), staffId, true), "staff.admin.disabled");
    }

    public void enable(long staffId) {
        act(() -> administration.setDisabled(staff.member(), staffId, false), "staff.admin.enabled");
    }

    public void resetSecondFactor(long staffId) {
        act(() -> administration.resetSecondFactor(staff.member(), staffId), "staff.admin.secondFactorReset");
    }

    public void changeRole(long staffId, StaffRole newRole) {
        act(() -> administration.changeRole(staff.member(), staffId, newRole), "staff.admin.roleChanged");
    }

    /** A refused action (an admin's own account, a forged id) says so instead of failing the page. */
    private void act(Runnable action, String doneKey) {
        try {
            action.run();
            FormMessages.globalInfo(doneKey);
        } catch (StaffActionRefusedException e) {
            FormMessages.globalError("staff.admin.refused");
        }
        list = null;
    }

    public boolean isSelf(StaffAccount account) {
        return account.getId() == staff.member().staffId();
    }

    public StaffRole[] getRoles() {
        return StaffRole.values();
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public StaffRole getRole() {
        return role;
    }

    public void setRole(StaffRole role) {
        this.role = role;
    }
}
