'use server';

import {z} from 'zod';
import {GRADES} from '@/core/learning/review';
import {gradeCard} from '@/server/learning/vocabulary';
import {action} from '@/server/platform/action';
import {prisma} from '@/server/platform/db';

export type GradeResult = {ok: true; due: string} | {ok: false; error: 'signIn' | 'invalidInput' | 'notFound'};

const GradeInput = z.object({itemId: z.string().min(1).max(100), grade: z.enum(GRADES)});

export const gradeAction = action(
  {role: 'learner', input: GradeInput},
  async ({itemId, grade}, {user}): Promise<GradeResult> => {
    const card = await gradeCard(prisma(), user.id, itemId, grade, new Date());
    return card ? {ok: true, due: card.due.toISOString()} : {ok: false, error: 'notFound'};
  },
);
