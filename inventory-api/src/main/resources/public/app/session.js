// The bearer token from POST /api/login, kept in sessionStorage: it dies with the tab.
const KEY = 'inventory.session';

export function current() {
  const saved = sessionStorage.getItem(KEY);
  return saved ? JSON.parse(saved) : null;
}

export function save(login) {
  sessionStorage.setItem(KEY, JSON.stringify({
    username: login.username, roles: login.roles ?? [], token: login.access_token,
  }));
}

export function clear() {
  sessionStorage.removeItem(KEY);
}

/** Whether the account holds one of the roles (a manager's token lists every role). */
export function may(...roles) {
  const session = current();
  return !!session && roles.some(role => session.roles.includes(role));
}
