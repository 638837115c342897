import {getFormatter, getTranslations, setRequestLocale} from 'next-intl/server';
import {Link, redirect} from '@/i18n/navigation';
import {listUsers} from '@/server/accounts/people';
import {requireRole} from '@/server/accounts/currentUser';
import {prisma} from '@/server/platform/db';
import {SignOutForm} from '../(account)/SignOutForm';
import {inviteUser, setRole} from './actions';
import {InviteForm} from './InviteForm';
import {RoleForm} from './RoleForm';
import '../editor/editor.css';

const errorKeys = ['invalidInput', 'forbidden', 'notFound', 'lastAdmin'] as const;

export default async function AdminPage({params}: PageProps<'/[locale]/admin'>) {
  const {locale} = await params;
  setRequestLocale(locale);
  const user = await requireRole('admin');
  if (!user) return redirect({href: '/sign-in?next=/admin', locale});
  const t = await getTranslations('Admin');
  const format = await getFormatter();
  const users = await listUsers(prisma());
  const roles = {learner: t('roles.learner'), editor: t('roles.editor'), admin: t('roles.admin')};
  const errors = Object.fromEntries(errorKeys.map((k) => [k, t(`errors.${k}`)]));
  return (
    <section className="admin">
      <div className="page-bar">
        <Link href="/editor">{t('back')}</Link>
        <SignOutForm user={user} locale={locale} />
      </div>
      <h1>{t('title')}</h1>
      <h2>{t('inviteTitle')}</h2>
      <p className="hint">{t('inviteHint')}</p>
      <InviteForm
        action={inviteUser}
        locale={locale}
        labels={{email: t('email'), role: t('role'), invite: t('invite'), link: t('inviteLink'), roles}}
        errors={errors}
      />
      <h2>{t('users')}</h2>
      <table className="admin-users">
        <thead>
          <tr>
            <th>{t('name')}</th>
            <th>{t('email')}</th>
            <th>{t('since')}</th>
            <th>{t('role')}</th>
          </tr>
        </thead>
        <tbody>
          {users.map((u) => (
            <tr key={u.id}>
              <td>{u.name}</td>
              <td>
                {u.email}
                {!u.emailVerified && <small className="admin-unconfirmed"> ({t('unconfirmed')})</small>}
              </td>
              <td>{format.dateTime(u.createdAt, {dateStyle: 'medium'})}</td>
              <td>
                <RoleForm
                  action={setRole}
                  locale={locale}
                  userId={u.id}
                  role={u.role}
                  labels={{role: t('role'), change: t('change'), saved: t('saved'), roles}}
                  errors={errors}
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
