<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
    <context>
        <name>BackupsTab</name>
        <message numerus="yes">
            <source>Last automatic backup: %1, %n record(s).</source>
            <translation>
                <numerusform>Last automatic backup: %1, %n record.</numerusform>
                <numerusform>Last automatic backup: %1, %n records.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>HomePage</name>
        <message numerus="yes">
            <source>DSL Desktop locks itself after %n minute(s) without use, and whatever you were typing is kept. When you step away from the computer, lock it yourself with Ctrl+L. Everything is stored encrypted on this computer only.</source>
            <translation>
                <numerusform>DSL Desktop locks itself after %n minute without use, and whatever you were typing is kept. When you step away from the computer, lock it yourself with Ctrl+L. Everything is stored encrypted on this computer only.</numerusform>
                <numerusform>DSL Desktop locks itself after %n minutes without use, and whatever you were typing is kept. When you step away from the computer, lock it yourself with Ctrl+L. Everything is stored encrypted on this computer only.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SessionRecord</name>
        <message numerus="yes">
            <source>Recorded %1 for %n person(s).</source>
            <translation>
                <numerusform>Recorded %1 for %n person.</numerusform>
                <numerusform>Recorded %1 for %n people.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TrainingPage</name>
        <message numerus="yes">
            <source>%n person(s) with training overdue or never done.</source>
            <translation>
                <numerusform>%n person has training overdue or never done.</numerusform>
                <numerusform>%n people have training overdue or never done.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n person(s) with training due before the end of this month.</source>
            <translation>
                <numerusform>%n person has training due before the end of this month.</numerusform>
                <numerusform>%n people have training due before the end of this month.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>UnlockWindow</name>
        <message numerus="yes">
            <source>Too many wrong attempts. You can try again in %n second(s).</source>
            <translation>
                <numerusform>Too many wrong attempts. You can try again in %n second.</numerusform>
                <numerusform>Too many wrong attempts. You can try again in %n seconds.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Worklist</name>
        <message numerus="yes">
            <source>and %n more</source>
            <translation>
                <numerusform>and %n more</numerusform>
                <numerusform>and %n more</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n open concern(s)</source>
            <translation>
                <numerusform>%n open concern</numerusform>
                <numerusform>%n open concerns</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n review(s) overdue</source>
            <translation>
                <numerusform>%n review overdue</numerusform>
                <numerusform>%n reviews overdue</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n review(s) due in the next two weeks</source>
            <translation>
                <numerusform>%n review due in the next two weeks</numerusform>
                <numerusform>%n reviews due in the next two weeks</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n action(s) due or overdue</source>
            <translation>
                <numerusform>%n action due or overdue</numerusform>
                <numerusform>%n actions due or overdue</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n concern(s) not yet submitted</source>
            <translation>
                <numerusform>%n concern not yet submitted</numerusform>
                <numerusform>%n concerns not yet submitted</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n referral(s) waiting for an outcome or feedback</source>
            <translation>
                <numerusform>%n referral waiting for an outcome or feedback</numerusform>
                <numerusform>%n referrals waiting for an outcome or feedback</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n member(s) of staff with training overdue or never done</source>
            <translation>
                <numerusform>%n member of staff with training overdue or never done</numerusform>
                <numerusform>%n members of staff with training overdue or never done</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n member(s) of staff with training due soon</source>
            <translation>
                <numerusform>%n member of staff with training due soon</numerusform>
                <numerusform>%n members of staff with training due soon</numerusform>
            </translation>
        </message>
    </context>
</TS>
