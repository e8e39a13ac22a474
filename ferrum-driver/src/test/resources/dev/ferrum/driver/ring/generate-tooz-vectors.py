# Generates tooz-vectors.txt, the reference data for HashRingToozVectorsTest.
#
# Run with Debian's interpreter and Debian's tooz (apt-get install -y python3-tooz):
#   /usr/bin/python3 generate-tooz-vectors.py > tooz-vectors.txt
# The committed file was produced with python3-tooz 3.1.0-3 on Python 3.11.2 (Debian 12).
#
# Line format (fields separated by '|'):
#   KEY|partitions|members (comma-separated)|key|owner|get_nodes(replicas=2)|get_nodes(ignore=[owner])
#   EXACT|partitions|members|key member|repetitions|owner
# For EXACT lines the key is the member name repeated `repetitions` times, so MD5(key) equals one
# of that member's ring points exactly; tooz (bisect_right) skips the equal point.
# Multi-member results are sorted (tooz returns a set).
from tooz import hashring

MEMBER_SETS = [
    ["compute-1", "compute-2", "compute-3"],
    ["compute-1", "compute-2"],
    ["host1"],
    ["alpha", "beta", "gamma", "delta", "epsilon"],
    ["nova-ironic-0", "nova-ironic-1", "nova-ironic-2", "nova-ironic-3"],
    ["\u00fcn\u00efcode-h\u014dst", "ascii-host"],
]
KEYS = [
    "eeeeeeee-dddd-cccc-bbbb-aaaaaaaaaaaa", "aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee",
    "11111111-2222-3333-4444-555555555555", "00000000-0000-0000-0000-000000000000",
    "ffffffff-ffff-ffff-ffff-ffffffffffff", "6b6f2e5c-1c2a-4c1e-9d7a-3f1e2d4c5b6a",
    "3f2504e0-4f89-11d3-9a0c-0305e82c3301", "9b1deb4d-3b7d-4bad-9bdd-2b0d7b3dcb6d",
    "1b4e28ba-2fa1-11d2-883f-0016d3cca427", "c56a4180-65aa-42ec-a945-5fd21dec0538",
    "de305d54-75b4-431b-adb2-eb6b9e546014", "123e4567-e89b-12d3-a456-426614174000",
]


def key_lines(members, partitions):
    ring = hashring.HashRing(members, partitions=partitions)
    for key in KEYS:
        data = key.encode("utf-8")
        (owner,) = ring.get_nodes(data)
        two = sorted(ring.get_nodes(data, replicas=2))
        other = sorted(ring.get_nodes(data, ignore_nodes=[owner]))
        print("|".join(["KEY", str(partitions), ",".join(members), key, owner,
                        ",".join(two), ",".join(other)]))


for members in MEMBER_SETS:
    key_lines(members, 32)
key_lines(["alpha", "beta"], 4)
key_lines(["alpha", "beta", "gamma"], 1)

members = ["compute-1", "compute-2", "compute-3"]
ring = hashring.HashRing(members, partitions=32)
found = 0
for member in members:
    for repetitions in range(2, 34):
        (owner,) = ring.get_nodes((member * repetitions).encode("utf-8"))
        if owner != member and found < 6:
            print("|".join(["EXACT", "32", ",".join(members), member, str(repetitions), owner]))
            found += 1
