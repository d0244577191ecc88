-- Takes the chain's lock and reads its head in one round trip, so that the lock, which serialises
-- every writer, is held for one round trip less. A single statement could not do both: its snapshot
-- would be older than the lock. Inside a volatile function each query takes a fresh snapshot, so the
-- head is read after the lock is granted and includes the entry of the lock's previous holder.
create function audit_chain_head(lock_key bigint, out seq bigint, out hash char(64))
    language plpgsql volatile as
$$
begin
    perform pg_advisory_xact_lock(lock_key);
    select e.seq, e.hash into seq, hash from audit_entry e order by e.seq desc limit 1;
end;
$$;
