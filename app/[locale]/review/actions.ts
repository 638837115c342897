'use server';

import {z} from 'zod';
import {GRADES} from '@/core/learning/review';
import {getCurrentUser} from '@/server/accounts/currentUser';
import {prisma} from '@/server/platform/db';
import {gradeCard} from '@/server/learning/vocabulary';

export type GradeResult = {ok: true; due: string} | {ok: false; error: 'signIn' | 'invalidInput' | 'notFound'};

const GradeInput = z.object({itemId: z.string().min(1).max(100), grade: z.enum(GRADES)});

export async function gradeAction(input: unknown): Promise<GradeResult> {
  const parsed = GradeInput.safeParse(input);
  if (!parsed.success) return {ok: false, error: 'invalidInput'};
  const user = await getCurrentUser();
  if (!user) return {ok: false, error: 'signIn'};
  const card = await gradeCard(prisma(), user.id, parsed.data.itemId, parsed.data.grade, new Date());
  return card ? {ok: true, due: card.due.toISOString()} : {ok: false, error: 'notFound'};
}
