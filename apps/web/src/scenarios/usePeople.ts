import { useEffect, useState } from 'react';
import { useAuth } from '../auth/AuthContext';
import type { Me } from '../auth/types';
import { listPeople } from './api';

export interface People {
  me: Me | null;
  /** "you", a member's name, or "a teammate" when names are not visible to this role. */
  nameOf: (userId: string | null) => string | null;
  isOwner: boolean;
  canWrite: boolean;
}

let names: Promise<Map<string, string>> | null = null;

/** Who is signed in, and names for "last edited by" (the member list is the owner's to read). */
export function usePeople(): People {
  const { me } = useAuth();
  const isOwner = me?.user.role === 'OWNER';
  const [known, setKnown] = useState<Map<string, string>>(new Map());
  useEffect(() => {
    if (!isOwner) return;
    let alive = true;
    names ??= listPeople().then(
      (people) => new Map(people.map((p) => [p.id, p.name || p.email])),
      () => {
        names = null;
        return new Map<string, string>();
      },
    );
    void names.then((map) => alive && setKnown(map));
    return () => {
      alive = false;
    };
  }, [isOwner]);
  return {
    me,
    isOwner,
    canWrite: me?.canWrite ?? false,
    nameOf: (id) => {
      if (!id) return null;
      if (me && id === me.user.id) return 'you';
      return known.get(id) ?? 'a teammate';
    },
  };
}
