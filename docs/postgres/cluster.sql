-- The membership of a cluster of evaluation silos (集群成员表), for Orleans' ADO.NET clustering provider
-- (Microsoft.Orleans.Clustering.AdoNet, invariant "Npgsql"): the provider reads the statements it runs from the
-- OrleansQuery table by key, with @-named parameters, and reads the columns of their results by name.
-- `evaluation silo --cluster ...` applies this file before it joins; every statement may run again.

CREATE TABLE IF NOT EXISTS OrleansQuery (
    QueryKey   varchar(64) PRIMARY KEY,
    QueryText  text NOT NULL
);

-- One row per cluster: the version every change of the membership increments, so that two silos never both win.
CREATE TABLE IF NOT EXISTS evaluation_cluster_version (
    DeploymentId  varchar(150) PRIMARY KEY,
    Timestamp     timestamptz(3) NOT NULL DEFAULT now(),
    Version       integer NOT NULL DEFAULT 0
);

-- One row per silo that joined: where it listens, its state, and when it last said it was alive.
CREATE TABLE IF NOT EXISTS evaluation_cluster_silos (
    DeploymentId  varchar(150) NOT NULL REFERENCES evaluation_cluster_version (DeploymentId),
    Address       varchar(45) NOT NULL,
    Port          integer NOT NULL,
    Generation    integer NOT NULL,
    SiloName      varchar(150) NOT NULL,
    HostName      varchar(150) NOT NULL,
    Status        integer NOT NULL,
    ProxyPort     integer,
    SuspectTimes  text,
    StartTime     timestamptz(3) NOT NULL,
    IAmAliveTime  timestamptz(3) NOT NULL,
    PRIMARY KEY (DeploymentId, Address, Port, Generation)
);

-- Each statement below answers one key. Those that change the membership return the number of rows they changed,
-- 0 when the version given is no longer the current one (another silo changed the membership first).
INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES
('InsertMembershipVersionKey', $q$
WITH added AS (
    INSERT INTO evaluation_cluster_version (DeploymentId) VALUES (@DeploymentId)
    ON CONFLICT (DeploymentId) DO NOTHING RETURNING 1)
SELECT count(*)::integer FROM added;
$q$),
('InsertMembershipKey', $q$
WITH bumped AS (
    UPDATE evaluation_cluster_version SET Version = Version + 1, Timestamp = now()
    WHERE DeploymentId = @DeploymentId AND Version = @Version
      AND NOT EXISTS (SELECT 1 FROM evaluation_cluster_silos s
                      WHERE s.DeploymentId = @DeploymentId AND s.Address = @Address AND s.Port = @Port AND s.Generation = @Generation)
    RETURNING 1),
added AS (
    INSERT INTO evaluation_cluster_silos
        (DeploymentId, Address, Port, Generation, SiloName, HostName, Status, ProxyPort, StartTime, IAmAliveTime)
    SELECT @DeploymentId, @Address, @Port, @Generation, @SiloName, @HostName, @Status, @ProxyPort, @StartTime, @IAmAliveTime
    WHERE EXISTS (SELECT 1 FROM bumped)
    RETURNING 1)
SELECT count(*)::integer FROM added;
$q$),
('UpdateMembershipKey', $q$
WITH bumped AS (
    UPDATE evaluation_cluster_version SET Version = Version + 1, Timestamp = now()
    WHERE DeploymentId = @DeploymentId AND Version = @Version
    RETURNING 1),
changed AS (
    UPDATE evaluation_cluster_silos
    SET Status = @Status, SuspectTimes = @SuspectTimes, IAmAliveTime = @IAmAliveTime
    WHERE DeploymentId = @DeploymentId AND Address = @Address AND Port = @Port AND Generation = @Generation
      AND EXISTS (SELECT 1 FROM bumped)
    RETURNING 1)
SELECT count(*)::integer FROM changed;
$q$),
('UpdateIAmAlivetimeKey', $q$
UPDATE evaluation_cluster_silos SET IAmAliveTime = @IAmAliveTime
WHERE DeploymentId = @DeploymentId AND Address = @Address AND Port = @Port AND Generation = @Generation;
$q$),
('MembershipReadRowKey', $q$
SELECT v.DeploymentId, s.Address, s.Port, s.Generation, s.SiloName, s.HostName, s.Status, s.ProxyPort, s.SuspectTimes,
       s.StartTime, s.IAmAliveTime, v.Version
FROM evaluation_cluster_version v
LEFT JOIN evaluation_cluster_silos s
       ON s.DeploymentId = v.DeploymentId AND s.Address = @Address AND s.Port = @Port AND s.Generation = @Generation
WHERE v.DeploymentId = @DeploymentId;
$q$),
('MembershipReadAllKey', $q$
SELECT v.DeploymentId, s.Address, s.Port, s.Generation, s.SiloName, s.HostName, s.Status, s.ProxyPort, s.SuspectTimes,
       s.StartTime, s.IAmAliveTime, v.Version
FROM evaluation_cluster_version v
LEFT JOIN evaluation_cluster_silos s ON s.DeploymentId = v.DeploymentId
WHERE v.DeploymentId = @DeploymentId;
$q$),
('GatewaysQueryKey', $q$
SELECT Address, ProxyPort, Generation FROM evaluation_cluster_silos
WHERE DeploymentId = @DeploymentId AND Status = @Status AND ProxyPort > 0;
$q$),
('DeleteMembershipTableEntriesKey', $q$
DELETE FROM evaluation_cluster_silos WHERE DeploymentId = @DeploymentId;
DELETE FROM evaluation_cluster_version WHERE DeploymentId = @DeploymentId;
$q$),
('CleanupDefunctSiloEntriesKey', $q$
DELETE FROM evaluation_cluster_silos
WHERE DeploymentId = @DeploymentId AND IAmAliveTime < @IAmAliveTime AND Status <> 3;
$q$)
ON CONFLICT (QueryKey) DO UPDATE SET QueryText = EXCLUDED.QueryText;
