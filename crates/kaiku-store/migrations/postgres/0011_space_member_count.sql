-- Every space keeps its member count: pages that list spaces (the home page,
-- the directory, each space's header) used to count the members of each one,
-- reading thousands of index entries per large space on every request.
-- A trigger keeps it right whichever way a membership comes or goes (a join, a
-- removal, a cascade from a deleted account, a bulk load); memberships never
-- move between spaces, so inserts and deletes are all there is to follow.
-- Keep this file and migrations/sqlite/0011_space_member_count.sql in lockstep.

ALTER TABLE spaces ADD COLUMN member_count BIGINT NOT NULL DEFAULT 0;

UPDATE spaces SET member_count = (SELECT COUNT(*) FROM space_members m WHERE m.space_id = spaces.id);

CREATE FUNCTION space_members_count() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        UPDATE spaces SET member_count = member_count + 1 WHERE id = NEW.space_id;
    ELSE
        UPDATE spaces SET member_count = member_count - 1 WHERE id = OLD.space_id;
    END IF;
    RETURN NULL;
END;
$$;

CREATE TRIGGER space_members_count AFTER INSERT OR DELETE ON space_members
    FOR EACH ROW EXECUTE FUNCTION space_members_count();
