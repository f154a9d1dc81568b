import { useEffect, useState } from 'react';
import type { PresenceUser } from '../api/realtime.ts';
import { useRealtime, useRealtimeMessages } from '../session/RealtimeProvider.tsx';
import { useSession } from '../session/useSession.ts';
import { useT } from '../i18n/useT.ts';
import { Avatar } from '../common/Avatar.tsx';

/** Announces this agent on the ticket and shows who else is viewing or typing. */
export function PresenceIndicator({ ticketId }: { ticketId: string }) {
  const t = useT();
  const { user } = useSession();
  const { client } = useRealtime();
  const [others, setOthers] = useState<PresenceUser[]>([]);

  useEffect(() => {
    setOthers([]);
    client.sendPresence(ticketId, 'viewing');
    return () => client.sendPresence(ticketId, 'left');
  }, [client, ticketId]);

  useRealtimeMessages((message) => {
    if (message.type === 'presence' && message.ticketId === ticketId) setOthers(message.users.filter((other) => other.id !== user.id));
  });

  if (others.length === 0) return null;
  const typing = others.filter((other) => other.state === 'typing');
  return (
    <div className="presence" role="status">
      <span className="presence-avatars">
        {others.slice(0, 4).map((other) => (
          <span key={other.id} className={other.state === 'typing' ? 'presence-person presence-typing' : 'presence-person'} title={other.name}>
            <Avatar name={other.name} size={24} />
          </span>
        ))}
      </span>
      <span className="presence-text">
        {typing.length > 0
          ? t('presence.typing', { names: typing.map((other) => other.name).join(', '), count: typing.length })
          : t('presence.viewing', { names: others.map((other) => other.name).join(', '), count: others.length })}
      </span>
    </div>
  );
}
