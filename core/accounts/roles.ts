// Who may do what. Anonymous readers and learners read published texts; editors change texts;
// admins also manage people. The server checks these on every mutation.
export type Role = 'learner' | 'editor' | 'admin';
export interface Actor {
  id: string;
  role: Role;
}

const rank: Record<Role, number> = {learner: 1, editor: 2, admin: 3};

export function hasRole(actor: Actor | null, needed: Role): actor is Actor {
  return actor !== null && rank[actor.role] >= rank[needed];
}

export function isRole(value: unknown): value is Role {
  return value === 'learner' || value === 'editor' || value === 'admin';
}
