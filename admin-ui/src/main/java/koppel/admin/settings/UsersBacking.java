package koppel.admin.settings;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import koppel.admin.faces.Messages;
import koppel.admin.faces.PagedModel;
import koppel.apikey.boundary.ApiKeys;
import koppel.apikey.entity.ApiKey;
import koppel.common.BusinessException;
import koppel.user.boundary.Users;
import koppel.user.entity.Role;
import koppel.user.entity.User;
import org.primefaces.PrimeFaces;

/**
 * Backs the users half of {@code users.xhtml}: adding users (one per integration, as the seed
 * advises), changing their names, e-mail, roles and password, and disabling or deleting them after
 * showing which keys would stop working.
 */
@Named
@ViewScoped
public class UsersBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Map<String, String> FIELDS = Map.of(
            "username", "user:username",
            "password", "user:password",
            "display_name", "user:displayName",
            "email", "user:email",
            "roles", "user:roles");

    @EJB
    private Users users;

    @EJB
    private ApiKeys apiKeys;

    @Inject
    private SecurityContext security;

    private PagedModel<User> table;
    private UserForm form = new UserForm();
    private User pending;
    private String pendingAction;
    private List<ApiKey> pendingKeys = List.of();

    @PostConstruct
    void load() {
        table = new PagedModel<>(
                users::list,
                Map.of("username", "username", "displayName", "display_name", "email", "email", "enabled", "enabled"),
                user -> user.getId().toString());
    }

    public void startAdding() {
        form = new UserForm();
        form.roles.add(Role.INTEGRATION.name());
    }

    public void startEditing(User user) {
        form = new UserForm();
        form.id = user.getId();
        form.username = user.getUsername();
        form.displayName = user.getDisplayName();
        form.email = user.getEmail();
        user.getRoles().forEach(role -> form.roles.add(role.name()));
    }

    public void save() {
        EnumSet<Role> roles = EnumSet.noneOf(Role.class);
        form.roles.forEach(role -> roles.add(Role.valueOf(role)));
        try {
            if (form.id == null) {
                users.create(form.username, form.displayName, form.email, chars(form.password), roles);
                Messages.info("users.added", form.username);
            } else {
                users.change(form.id, form.displayName, form.email, roles, chars(form.password), me());
                Messages.info("users.saved", form.username);
            }
            PrimeFaces.current().executeScript("PF('userDialog').hide()");
        } catch (BusinessException e) {
            Messages.show(e, FIELDS);
        } finally {
            form.password = null;
        }
    }

    /** Asks first: lists the keys that would stop working if the user were disabled or deleted. */
    public void confirm(User user, String action) {
        pending = user;
        pendingAction = action;
        pendingKeys = apiKeys.ownedBy(user.getId());
        PrimeFaces.current().executeScript("PF('confirmUser').show()");
    }

    public void carryOut() {
        try {
            switch (pendingAction) {
                case "disable" -> users.disable(pending.getId(), me());
                case "delete" -> users.delete(pending.getId(), me());
                default -> throw new IllegalStateException(pendingAction);
            }
            Messages.info("users." + pendingAction + "d", pending.getUsername());
        } catch (BusinessException e) {
            Messages.show(e, Map.of());
        }
        pending = null;
    }

    public void enable(User user) {
        try {
            users.enable(user.getId());
            Messages.info("users.enabled", user.getUsername());
        } catch (BusinessException e) {
            Messages.show(e, Map.of());
        }
    }

    public boolean isMe(User user) {
        return user.getUsername().equals(me());
    }

    public String rolesOf(User user) {
        return String.join(
                ", ",
                user.getRoles().stream()
                        .map(role -> Messages.text("role." + role.name()))
                        .toList());
    }

    public List<Role> getRoles() {
        return Arrays.asList(Role.values());
    }

    private String me() {
        return security.getCallerPrincipal().getName();
    }

    private static char[] chars(String password) {
        return password == null ? null : password.toCharArray();
    }

    public PagedModel<User> getTable() {
        return table;
    }

    public UserForm getForm() {
        return form;
    }

    public User getPending() {
        return pending;
    }

    public String getPendingAction() {
        return pendingAction;
    }

    public List<ApiKey> getPendingKeys() {
        return pendingKeys;
    }

    /** What the user dialog edits; the password is only ever written, never shown. */
    public static class UserForm implements Serializable {

        private static final long serialVersionUID = 1L;

        private UUID id;
        private String username;
        private String displayName;
        private String email;
        private String password;
        private List<String> roles = new ArrayList<>();

        public boolean isNew() {
            return id == null;
        }

        public String getUsername() {
            return username;
        }

        public void setUsername(String username) {
            this.username = username;
        }

        public String getDisplayName() {
            return displayName;
        }

        public void setDisplayName(String displayName) {
            this.displayName = displayName;
        }

        public String getEmail() {
            return email;
        }

        public void setEmail(String email) {
            this.email = email;
        }

        public String getPassword() {
            return password;
        }

        public void setPassword(String password) {
            this.password = password;
        }

        public List<String> getRoles() {
            return roles;
        }

        public void setRoles(List<String> roles) {
            this.roles = roles;
        }
    }
}
