import { Inject, Module } from '@nestjs/common';
import { Field, Int, ObjectType, Query, Resolver } from '@nestjs/graphql';
import type { EventStore } from '@par/event-store';
import type { RequestContext } from '@par/kernel';
import { Ctx, EVENT_STORE, SERVICE_RUNTIME, type ServiceRuntime } from '@par/nest-platform';
import { NOTES_SCHEMA } from './notes.tokens';

@ObjectType('Note', { description: 'Ghi chú (dịch vụ thử nghiệm)' })
export class NoteType {
  @Field() streamId!: string;
  @Field() text!: string;
  @Field(() => Int) revisions!: number;
}

@Resolver()
export class NotesResolver {
  constructor(
    @Inject(SERVICE_RUNTIME) private readonly runtime: ServiceRuntime,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  @Query(() => [NoteType], { description: 'Các ghi chú của tỉnh' })
  notes(@Ctx() ctx: RequestContext): Promise<NoteType[]> {
    return this.runtime.db.withProvince(ctx.province, async (tx) => {
      const { rows } = await tx.query<NoteType>(
        `SELECT stream_id AS "streamId", text, revisions FROM ${NOTES_SCHEMA}.notes WHERE province = $1 ORDER BY stream_id`,
        [ctx.province],
      );
      return rows;
    });
  }

  @Query(() => Int, { description: 'Số luồng ghi chú trong kho sự kiện' })
  async noteStreams(@Ctx() ctx: RequestContext): Promise<number> {
    return (await this.store.listStreams(ctx.province, 'note-')).length;
  }
}

/** The test service's Nest module: the store arrives through `EVENT_STORE`, from the definition. */
@Module({ providers: [NotesResolver] })
export class NotesModule {}
